BEGIN;

ALTER COLLATION public.loose RENAME TO loose__pgfleet_old;

CREATE COLLATION public.loose (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

-- lock: ACCESS EXCLUSIVE on public.tags
ALTER TABLE public.tags ALTER COLUMN label TYPE text COLLATE public.loose;

DROP COLLATION public.loose__pgfleet_old;

COMMIT;
