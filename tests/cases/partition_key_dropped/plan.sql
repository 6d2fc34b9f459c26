BEGIN;

-- lock: ACCESS EXCLUSIVE on public.shipments_eu
-- hazards: index_dropped
ALTER TABLE public.shipments_eu DROP CONSTRAINT shipments_eu_pkey;

-- lock: ACCESS EXCLUSIVE on public.shipments_eu
ALTER TABLE public.shipments_eu ALTER COLUMN id DROP NOT NULL;

-- online form on public.shipments_us: its size is unknown (planned without statistics), threshold 10 MB
-- lock: ACCESS EXCLUSIVE on public.shipments_us
ALTER TABLE public.shipments_us ADD CONSTRAINT id_pgfleet_not_null CHECK (id IS NOT NULL) NOT VALID;

COMMIT;

BEGIN;

-- lock: SHARE UPDATE EXCLUSIVE on public.shipments_us
-- hazards: validation_scan
ALTER TABLE public.shipments_us VALIDATE CONSTRAINT id_pgfleet_not_null;

COMMIT;

BEGIN;

-- lock: ACCESS EXCLUSIVE on public.shipments_us
ALTER TABLE public.shipments_us ALTER COLUMN id SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.shipments_us
ALTER TABLE public.shipments_us DROP CONSTRAINT id_pgfleet_not_null;

COMMIT;
