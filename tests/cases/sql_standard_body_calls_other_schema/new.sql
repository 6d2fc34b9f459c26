CREATE SCHEMA util;
CREATE FUNCTION util.twice(x int) RETURNS int LANGUAGE sql IMMUTABLE RETURN x * 2;
CREATE FUNCTION public.quad(x int) RETURNS int LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
    SELECT util.twice(util.twice(x));
END;
CREATE FUNCTION public.plus_length(x int) RETURNS int LANGUAGE sql IMMUTABLE RETURN util.twice(x) + length('ab');
