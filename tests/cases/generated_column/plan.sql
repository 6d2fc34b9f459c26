BEGIN;

-- lock: ACCESS EXCLUSIVE on public.t
-- hazards: access_exclusive_lock, table_rewrite
ALTER TABLE public.t ADD COLUMN total integer GENERATED ALWAYS AS ((a + b)) STORED;

COMMIT;
