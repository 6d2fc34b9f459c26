-- expect: 2:29: syntax error at or near "-"
CREATE TABLE t (a timestamp(-1));
