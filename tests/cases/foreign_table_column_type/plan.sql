BEGIN;

-- lock: ACCESS EXCLUSIVE on public.remote_events
ALTER FOREIGN TABLE public.remote_events ALTER COLUMN id TYPE bigint;

-- lock: ACCESS EXCLUSIVE on public.remote_events
ALTER FOREIGN TABLE public.remote_events ALTER COLUMN at TYPE timestamp with time zone;

COMMIT;
