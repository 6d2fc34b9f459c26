BEGIN;

-- lock: ACCESS EXCLUSIVE on public.counters
-- hazards: data_loss
DROP TABLE public.counters;

-- lock: ACCESS EXCLUSIVE on public.events
-- hazards: access_exclusive_lock, table_rewrite
ALTER TABLE public.events SET LOGGED;

COMMIT;
