-- expect: 2:22: syntax error at or near ";"
CREATE TABLE t (a int;
