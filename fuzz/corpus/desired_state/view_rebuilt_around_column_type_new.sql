CREATE TABLE t (id int, amount bigint);
CREATE VIEW v AS SELECT id, amount FROM t;
CREATE VIEW v2 AS SELECT id FROM v;
