BEGIN;

-- lock: ACCESS EXCLUSIVE on public.t
-- hazards: access_exclusive_lock, table_rewrite
ALTER TABLE public.t SET UNLOGGED;

-- lock: SHARE UPDATE EXCLUSIVE on public.t
ALTER TABLE public.t SET (fillfactor='70', autovacuum_enabled='false');

COMMIT;
