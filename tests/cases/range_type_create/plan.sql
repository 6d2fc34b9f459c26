BEGIN;

CREATE TYPE public.floatrange AS RANGE (SUBTYPE = double precision, SUBTYPE_DIFF = float8mi);

-- lock: ACCESS EXCLUSIVE on public.bookings
ALTER TABLE public.bookings ADD COLUMN during public.floatrange;

CREATE TYPE public.textspan AS RANGE (SUBTYPE = text, COLLATION = pg_catalog."C", MULTIRANGE_TYPE_NAME = public.textspans);

-- lock: ACCESS EXCLUSIVE on public.bookings
ALTER TABLE public.bookings ADD COLUMN labels public.textspan;

-- lock: ACCESS EXCLUSIVE on public.bookings
ALTER TABLE public.bookings ADD COLUMN many public.floatmultirange;

COMMENT ON TYPE public.floatrange IS 'ranges of doubles';

-- hazards: authorization_change
REVOKE USAGE ON TYPE public.textspan FROM PUBLIC;

COMMIT;
