BEGIN;

ALTER TABLE public.measures DROP COLUMN p;

ALTER TABLE public.measures DROP COLUMN s;

DROP TYPE public.pair;

DROP TYPE public.span;

COMMIT;
