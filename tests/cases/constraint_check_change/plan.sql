BEGIN;

ALTER TABLE public.t DROP CONSTRAINT t_price_check;

ALTER TABLE public.t ADD CONSTRAINT t_price_check CHECK ((price >= 0));

COMMIT;
