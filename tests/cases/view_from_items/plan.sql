BEGIN;

CREATE VIEW public.correlated (id) AS
SELECT id FROM public.t WHERE EXISTS (SELECT 1 FROM public.t WHERE t.id > 1);

CREATE VIEW public.counted (n) AS
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5) SELECT n FROM r;

CREATE VIEW public.from_xml (a, b) AS
SELECT x.* FROM xmltable(('/r') PASSING ('<r><a>1</a></r>'::xml) COLUMNS a int PATH 'a', b text PATH 'b' DEFAULT 'z') AS x;

CREATE VIEW public.nested (id) AS
SELECT s.id FROM (SELECT t.id FROM public.t) s, public.t WHERE s.id = t.id;

CREATE VIEW public.sampled (id) AS
SELECT x.id FROM public.t x TABLESAMPLE bernoulli(5) REPEATABLE (42) WHERE x.id > 1;

COMMIT;
