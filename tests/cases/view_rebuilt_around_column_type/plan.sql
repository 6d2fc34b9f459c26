BEGIN;

DROP VIEW public.v2;

DROP VIEW public.v;

ALTER TABLE public.t ALTER COLUMN amount TYPE bigint USING amount::bigint;

CREATE VIEW public.v (id, amount) AS
SELECT id, amount FROM public.t;

CREATE VIEW public.v2 (id) AS
SELECT id FROM public.v;

COMMIT;
