-- expect: 4:36: there is no unique constraint matching given keys for referenced table "p"
CREATE TABLE p (id int);
CREATE UNIQUE INDEX ON p (id) WHERE id > 0;
CREATE TABLE c (pid int REFERENCES p (id));
