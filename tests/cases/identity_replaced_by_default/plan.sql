BEGIN;

-- lock: ACCESS EXCLUSIVE on public.counters
ALTER TABLE public.counters ALTER COLUMN attempts DROP IDENTITY;

-- lock: ACCESS EXCLUSIVE on public.counters
ALTER TABLE public.counters ALTER COLUMN attempts SET DEFAULT 0;

-- lock: ACCESS EXCLUSIVE on public.counters
ALTER TABLE public.counters ALTER COLUMN tries DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.counters
ALTER TABLE public.counters ALTER COLUMN tries ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.counters_tries_seq);

COMMIT;
