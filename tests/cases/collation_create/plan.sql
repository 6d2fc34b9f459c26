BEGIN;

CREATE COLLATION public.byte_order (provider = libc, lc_collate = 'C', lc_ctype = 'C');

-- lock: ACCESS EXCLUSIVE on public.people
ALTER TABLE public.people ADD COLUMN code text COLLATE public.byte_order;

CREATE COLLATION public.case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

-- lock: ACCESS EXCLUSIVE on public.people
ALTER TABLE public.people ALTER COLUMN name TYPE text COLLATE public.case_insensitive USING name::text;

CREATE COLLATION public.german (provider = icu, locale = 'und');

COMMENT ON COLLATION public.case_insensitive IS 'compares ignoring case';

COMMIT;

-- online form on public.people: its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE UPDATE EXCLUSIVE on public.people
-- hazards: index_build, non_transactional
CREATE INDEX CONCURRENTLY people_code ON public.people USING btree (code COLLATE public.german);
