-- expect: 3:1: column "b" does not exist
CREATE TABLE t (a int);
ALTER TABLE t RENAME COLUMN b TO c;
