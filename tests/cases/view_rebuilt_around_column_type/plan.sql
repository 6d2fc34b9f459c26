BEGIN;

-- lock: ACCESS EXCLUSIVE on public.v2
DROP VIEW public.v2;

-- lock: ACCESS EXCLUSIVE on public.v
DROP VIEW public.v;

-- lock: ACCESS EXCLUSIVE on public.t
-- hazards: access_exclusive_lock, table_rewrite
ALTER TABLE public.t ALTER COLUMN amount TYPE bigint USING amount::bigint;

-- lock: ACCESS EXCLUSIVE on public.v
CREATE VIEW public.v (id, amount) AS
SELECT id, amount FROM public.t;

-- lock: ACCESS EXCLUSIVE on public.v2
CREATE VIEW public.v2 (id) AS
SELECT id FROM public.v;

COMMIT;
