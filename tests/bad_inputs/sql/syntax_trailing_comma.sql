-- expect: 2:23: syntax error at or near ")"
CREATE TABLE t (a int,);
