BEGIN;

-- lock: ACCESS EXCLUSIVE on public.measures
-- hazards: data_loss
ALTER TABLE public.measures DROP COLUMN p;

-- lock: ACCESS EXCLUSIVE on public.measures
-- hazards: data_loss
ALTER TABLE public.measures DROP COLUMN s;

DROP TYPE public.pair;

DROP TYPE public.span;

COMMIT;
