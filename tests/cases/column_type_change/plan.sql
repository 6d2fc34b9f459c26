BEGIN;

ALTER TABLE public.t ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.t ALTER COLUMN amount DROP DEFAULT;

ALTER TABLE public.t ALTER COLUMN amount TYPE numeric(12,2) USING amount::numeric(12,2);

ALTER TABLE public.t ALTER COLUMN amount SET DEFAULT 0;

ALTER TABLE public.t ALTER COLUMN name TYPE text USING name::text;

COMMIT;
