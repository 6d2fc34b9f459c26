-- expect: 3:42: invalid input for type boolean: "maybe"
CREATE TABLE t (a boolean);
ALTER TABLE t ALTER COLUMN a SET DEFAULT 'maybe';
