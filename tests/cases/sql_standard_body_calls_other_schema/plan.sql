SET check_function_bodies = false;

BEGIN;

CREATE FUNCTION util.twice(x integer)
    RETURNS integer
    LANGUAGE sql
    IMMUTABLE
RETURN (x * 2);

CREATE FUNCTION public.plus_length(x integer)
    RETURNS integer
    LANGUAGE sql
    IMMUTABLE
RETURN (util.twice(x) + length('ab'));

CREATE FUNCTION public.quad(x integer)
    RETURNS integer
    LANGUAGE sql
    IMMUTABLE
BEGIN ATOMIC
  SELECT util.twice(util.twice(x));
END;

COMMIT;
