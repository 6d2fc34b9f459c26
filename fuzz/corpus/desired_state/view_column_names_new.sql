-- Column names and forms the server gives view columns: branches of a UNION named after the
-- result, (row).* expanded into its fields, field selections, scalar subqueries, EXISTS, ARRAY.
CREATE TABLE a (id int, name text, tags text[]);
CREATE TABLE b (id int);
CREATE TYPE pair AS (x int, y text);
CREATE TABLE c (id int, p pair);
CREATE FUNCTION mk(i int) RETURNS pair LANGUAGE sql AS $$ SELECT i, 'a'::text $$;
CREATE VIEW u AS SELECT id, name FROM a UNION ALL SELECT id, NULL FROM b;
CREATE VIEW u2 AS SELECT NULL AS x, id FROM b UNION ALL SELECT 1, id FROM a;
CREATE VIEW w AS SELECT (mk(id)).* FROM b;
CREATE VIEW w2 AS SELECT id, (mk(id)).y FROM b;
CREATE VIEW v1 AS
SELECT (SELECT max(id) FROM a), (SELECT max(id) AS m FROM a), EXISTS (SELECT 1 FROM a), ARRAY(SELECT id FROM a),
       tags[1], (p).x AS px, (c.p).*, xmlelement(name foo), (SELECT 1)
FROM c, a;
CREATE VIEW v2 AS SELECT (mk(1)).*, 1 AS z UNION SELECT 2, 'b', 3 ORDER BY 1;
