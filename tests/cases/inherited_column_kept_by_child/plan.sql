BEGIN;

-- lock: ACCESS EXCLUSIVE on public.a
-- hazards: data_loss
ALTER TABLE public.a DROP COLUMN a2;

-- lock: ACCESS EXCLUSIVE on public.timestamp_base
-- hazards: data_loss
ALTER TABLE ONLY public.timestamp_base DROP COLUMN e;

-- lock: ACCESS EXCLUSIVE on public.b
-- hazards: data_loss
ALTER TABLE public.b DROP COLUMN e;

COMMIT;
