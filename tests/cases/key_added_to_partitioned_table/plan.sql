BEGIN;

-- lock: ACCESS EXCLUSIVE on public.visits
-- hazards: access_exclusive_lock, validation_scan
ALTER TABLE public.visits ALTER COLUMN site SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.visits
-- hazards: access_exclusive_lock, validation_scan
ALTER TABLE public.visits ALTER COLUMN id SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.visits
-- hazards: access_exclusive_lock, index_build
ALTER TABLE public.visits ADD CONSTRAINT visits_pkey PRIMARY KEY (site, id);

COMMIT;
