BEGIN;

-- lock: ACCESS EXCLUSIVE on public.people
ALTER TABLE public.people ALTER COLUMN bio DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.people
ALTER TABLE public.people ALTER COLUMN nick SET DEFAULT NULL;

-- lock: ACCESS EXCLUSIVE on public.people
ALTER TABLE public.people ALTER COLUMN tag SET DEFAULT NULL;

-- lock: ACCESS EXCLUSIVE on public.people
ALTER TABLE public.people ALTER COLUMN score DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.people
ALTER TABLE public.people ADD COLUMN note text DEFAULT (NULL::varchar);

COMMIT;
