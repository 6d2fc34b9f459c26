BEGIN;

-- lock: ACCESS EXCLUSIVE on public.t
-- hazards: data_loss
ALTER TABLE public.t DROP COLUMN legacy;

-- lock: ACCESS EXCLUSIVE on public.t
-- hazards: data_loss
ALTER TABLE public.t DROP COLUMN code;

COMMIT;
