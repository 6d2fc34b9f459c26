BEGIN;

-- lock: ACCESS EXCLUSIVE on public.t
-- hazards: access_exclusive_lock, table_rewrite
ALTER TABLE public.t ALTER COLUMN id TYPE bigint USING id::bigint;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN amount DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.t
-- hazards: access_exclusive_lock, table_rewrite
ALTER TABLE public.t ALTER COLUMN amount TYPE numeric(12,2) USING amount::numeric(12,2);

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN amount SET DEFAULT 0;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN name TYPE text USING name::text;

COMMIT;
