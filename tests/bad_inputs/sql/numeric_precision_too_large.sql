-- expect: 2:19: NUMERIC precision 99999999999 must be between 1 and 1000
CREATE TABLE t (a numeric(99999999999));
