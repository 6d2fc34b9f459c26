-- expect: 3:41: invalid input for type uuid: "not-a-uuid"
CREATE TABLE t (id int);
ALTER TABLE t ADD COLUMN u uuid DEFAULT 'not-a-uuid';
