BEGIN;

CREATE VIEW public.u (id, name) AS
SELECT id, name FROM public.a UNION ALL SELECT id, NULL FROM public.b;

CREATE VIEW public.u2 (x, id) AS
SELECT NULL AS x, id FROM public.b UNION ALL SELECT 1, id FROM public.a;

CREATE VIEW public.v1 (max, m, "exists", "array", tags, px, x, y, "xmlelement", "?column?") AS
SELECT (SELECT max(id) FROM public.a), (SELECT max(id) AS m FROM public.a), EXISTS (SELECT 1 FROM public.a), ARRAY(SELECT id FROM public.a), tags[1], (p).x AS px, (c.p).*, xmlelement(name foo), (SELECT 1) FROM public.c, public.a;

CREATE VIEW public.v2 (x, y, z) AS
SELECT (public.mk(1)).*, 1 AS z UNION SELECT 2, 'b', 3 ORDER BY 1;

CREATE VIEW public.w (x, y) AS
SELECT (public.mk(id)).* FROM public.b;

CREATE VIEW public.w2 (id, y) AS
SELECT id, (public.mk(id)).y FROM public.b;

COMMIT;
