BEGIN;

-- lock: ACCESS EXCLUSIVE on public.t
-- hazards: data_loss
ALTER TABLE public.t DROP COLUMN s;

DROP TYPE public.status;

COMMIT;
