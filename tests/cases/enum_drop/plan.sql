BEGIN;

ALTER TABLE public.t DROP COLUMN s;

DROP TYPE public.status;

COMMIT;
