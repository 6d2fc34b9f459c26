-- expect: 3:26: column "a" of relation "t" already exists
CREATE TABLE t (a int);
ALTER TABLE t ADD COLUMN a int;
