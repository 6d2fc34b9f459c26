-- expect: 3:40: column "b" does not exist
CREATE TABLE t (a int);
CREATE VIEW v AS SELECT a FROM t WHERE b > 0;
