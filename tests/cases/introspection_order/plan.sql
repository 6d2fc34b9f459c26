SET check_function_bodies = false;

BEGIN;

CREATE TABLE public.base (
    id integer,
    label text
);

CREATE DOMAIN public.base_row AS public.base;

CREATE TABLE public.uses (
    r public.base_row,
    id integer
);

CREATE VIEW public.base_view (id, label) AS
SELECT id, label FROM public.base;

CREATE FUNCTION public.all_uses()
    RETURNS SETOF public.uses
    LANGUAGE sql
    STABLE
AS $$SELECT * FROM uses$$;

CREATE FUNCTION public.is_even(n integer)
    RETURNS boolean
    LANGUAGE sql
    IMMUTABLE
AS $$SELECT n % 2 = 0$$;

CREATE DOMAIN public.even_number AS integer CONSTRAINT even_number_check CHECK (public.is_even(value));

CREATE TABLE public.evens (
    n public.even_number
);

CREATE FUNCTION public.keep_first(acc public.base, item public.base)
    RETURNS public.base
    LANGUAGE sql
    IMMUTABLE
AS $$SELECT coalesce(acc, item)$$;

CREATE FUNCTION public.label_of(v public.base_view)
    RETURNS text
    LANGUAGE sql
    IMMUTABLE
AS $$SELECT v.label$$;

CREATE AGGREGATE public.first_base(public.base) (
    SFUNC = public.keep_first,
    STYPE = public.base
);

COMMIT;
