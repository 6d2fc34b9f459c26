SET check_function_bodies = false;

BEGIN;

DROP VIEW public.v;

CREATE FUNCTION public.double_it(x integer)
    RETURNS integer
    LANGUAGE sql
    IMMUTABLE
AS $$ SELECT x * 2 $$;

CREATE VIEW public.v (id, a2) AS
SELECT id, public.double_it(a) AS a2 FROM public.t WHERE a BETWEEN 1 AND 10;

COMMIT;
