-- expect: 2:28: syntax error at or near "99999999999999999999"
CREATE TABLE t (a interval(99999999999999999999));
