-- expect: 2:17: column "b" does not exist
CREATE TABLE t (a int CHECK (b > 0));
