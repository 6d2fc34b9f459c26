BEGIN;

-- online form on public.t: its size is unknown (planned without statistics), threshold 10 MB
-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ADD CONSTRAINT id_pgfleet_not_null CHECK (id IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN state SET DEFAULT 'new';

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN note DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN note DROP NOT NULL;

COMMIT;

BEGIN;

-- lock: SHARE UPDATE EXCLUSIVE on public.t
-- hazards: validation_scan
ALTER TABLE public.t VALIDATE CONSTRAINT id_pgfleet_not_null;

COMMIT;

BEGIN;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN id SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t DROP CONSTRAINT id_pgfleet_not_null;

COMMIT;
