CREATE TABLE t (id int, a int);
CREATE FUNCTION double_it(x int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT x * 2 $$;
CREATE VIEW v AS SELECT id, double_it(a) AS a2 FROM t WHERE a BETWEEN 1 AND 10;
