-- expect: 3:1: CREATE VIEW specifies more column names than columns
CREATE TABLE t (a int);
CREATE VIEW v (x, y) AS SELECT a FROM t;
