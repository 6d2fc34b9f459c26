BEGIN;

-- lock: ACCESS EXCLUSIVE on public.legacy
-- hazards: data_loss
ALTER TABLE public.legacy DROP COLUMN staff_id;

-- lock: ACCESS EXCLUSIVE on public.payment
-- hazards: data_loss
ALTER TABLE public.payment DROP COLUMN staff_id;

COMMIT;
