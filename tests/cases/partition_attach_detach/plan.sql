BEGIN;

-- lock: ACCESS EXCLUSIVE on public.m; ACCESS EXCLUSIVE on public.m1
ALTER TABLE public.m DETACH PARTITION public.m1;

-- lock: ACCESS EXCLUSIVE on public.m
ALTER TABLE public.m ADD COLUMN note text;

-- lock: ACCESS EXCLUSIVE on public.m1
ALTER TABLE public.m1 ADD COLUMN note text;

-- lock: ACCESS EXCLUSIVE on public.m2
ALTER TABLE public.m2 ADD COLUMN note text;

-- lock: SHARE UPDATE EXCLUSIVE on public.m; ACCESS EXCLUSIVE on public.m2
-- hazards: access_exclusive_lock, validation_scan
ALTER TABLE public.m ATTACH PARTITION public.m2 FOR VALUES FROM ('2024-02-01 00:00:00') TO ('2024-03-01 00:00:00');

COMMIT;
