-- expect: 3:1: column "b" already exists
CREATE TABLE t (a int, b int);
ALTER TABLE t RENAME COLUMN a TO b;
