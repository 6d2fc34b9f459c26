-- expect: 2:19: NUMERIC scale 2000 must be between -1000 and 1000
CREATE TABLE t (a numeric(10, 2000));
