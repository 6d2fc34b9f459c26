-- expect: 2:19: NUMERIC precision 0 must be between 1 and 1000
CREATE TABLE t (a numeric(0));
