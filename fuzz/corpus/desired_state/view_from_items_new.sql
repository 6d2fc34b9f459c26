CREATE TABLE t (id int, name text);
CREATE VIEW sampled AS SELECT x.id FROM t AS x TABLESAMPLE BERNOULLI (5) REPEATABLE (42) WHERE x.id > 1;
CREATE VIEW from_xml AS SELECT x.* FROM XMLTABLE('/r' PASSING ('<r><a>1</a></r>'::xml) COLUMNS a int PATH 'a', b text PATH 'b' DEFAULT 'z') AS x;
CREATE VIEW counted AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5) SELECT n FROM r;
-- The server names an inner query's FROM item t_1 where the outer query has a t.
CREATE VIEW nested AS SELECT s.id FROM (SELECT t.id FROM t) s, t WHERE s.id = t.id;
CREATE VIEW correlated AS SELECT id FROM t WHERE EXISTS (SELECT 1 FROM t WHERE t.id > 1);
