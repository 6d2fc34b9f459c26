BEGIN;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN id DROP DEFAULT;

-- hazards: data_loss
DROP SEQUENCE public.counter;

COMMIT;
