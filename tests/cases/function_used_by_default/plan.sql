SET check_function_bodies = false;

BEGIN;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN code DROP DEFAULT;

DROP FUNCTION public.next_code();

CREATE FUNCTION public.next_code()
    RETURNS character varying
    LANGUAGE sql
AS $$ SELECT 'a'::varchar $$;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN code SET DEFAULT public.next_code();

COMMIT;
