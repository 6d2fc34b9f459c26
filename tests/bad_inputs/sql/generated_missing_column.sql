-- expect: 2:17: column "b" does not exist
CREATE TABLE t (a int GENERATED ALWAYS AS (b + 1) STORED);
