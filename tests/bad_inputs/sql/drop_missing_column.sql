-- expect: 3:1: column "b" of relation "t" does not exist
CREATE TABLE t (a int);
ALTER TABLE t DROP COLUMN b;
