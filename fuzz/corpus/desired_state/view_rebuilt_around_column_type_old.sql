CREATE TABLE t (id int, amount int);
CREATE VIEW v AS SELECT id, amount FROM t;
CREATE VIEW v2 AS SELECT id FROM v;
