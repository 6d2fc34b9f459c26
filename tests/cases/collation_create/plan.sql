BEGIN;

CREATE COLLATION public.byte_order (provider = libc, lc_collate = 'C', lc_ctype = 'C');

ALTER TABLE public.people ADD COLUMN code text COLLATE public.byte_order;

CREATE COLLATION public.case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

ALTER TABLE public.people ALTER COLUMN name TYPE text COLLATE public.case_insensitive USING name::text;

CREATE COLLATION public.german (provider = icu, locale = 'und');

CREATE INDEX people_code ON public.people USING btree (code COLLATE public.german);

COMMENT ON COLLATION public.case_insensitive IS 'compares ignoring case';

COMMIT;
