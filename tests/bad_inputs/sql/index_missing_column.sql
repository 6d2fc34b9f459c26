-- expect: 3:1: column "b" does not exist
CREATE TABLE t (a int);
CREATE INDEX ON t (b);
