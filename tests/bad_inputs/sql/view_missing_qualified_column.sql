-- expect: 3:30: column t.b does not exist
CREATE TABLE t (a int);
CREATE VIEW v AS SELECT t.a, t.b FROM t;
