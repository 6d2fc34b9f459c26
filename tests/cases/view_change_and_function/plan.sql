SET check_function_bodies = false;

BEGIN;

-- lock: ACCESS EXCLUSIVE on public.v
DROP VIEW public.v;

CREATE FUNCTION public.double_it(x integer)
    RETURNS integer
    LANGUAGE sql
    IMMUTABLE
AS $$ SELECT x * 2 $$;

-- lock: ACCESS EXCLUSIVE on public.v
CREATE VIEW public.v (id, a2) AS
SELECT id, public.double_it(a) AS a2 FROM public.t WHERE a BETWEEN 1 AND 10;

COMMIT;
