BEGIN;

-- lock: SHARE UPDATE EXCLUSIVE on public.events
ALTER TABLE public.events ALTER COLUMN id SET STATISTICS 1000;

-- lock: SHARE UPDATE EXCLUSIVE on public.events
ALTER TABLE public.events ALTER COLUMN kind SET STATISTICS -1;

-- lock: SHARE UPDATE EXCLUSIVE on public.events
ALTER TABLE public.events ALTER COLUMN room SET (n_distinct=-0.02, n_distinct_inherited=100);

-- lock: ACCESS EXCLUSIVE on public.events
ALTER TABLE public.events ADD COLUMN state_group bigint;

-- lock: SHARE UPDATE EXCLUSIVE on public.events
ALTER TABLE public.events ALTER COLUMN state_group SET (n_distinct=-0.02);

CREATE TABLE public.fresh (
    a integer
);

ALTER TABLE public.fresh ALTER COLUMN a SET STATISTICS 50;

COMMIT;
