SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.h(text);

DROP FUNCTION public.h(integer);

ALTER FUNCTION public.f(integer) IMMUTABLE STRICT;

CREATE OR REPLACE FUNCTION public.g(x integer)
    RETURNS integer
    LANGUAGE sql
AS $$select x + 1$$;

CREATE FUNCTION public.h(x integer)
    RETURNS bigint
    LANGUAGE sql
AS $$select x::bigint$$;

COMMIT;
