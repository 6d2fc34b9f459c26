-- expect: 2:1: check constraint "c" already exists
CREATE TABLE t (a int, CONSTRAINT c CHECK (a > 0), CONSTRAINT c CHECK (a < 9));
