BEGIN;

COMMENT ON TABLE public.t IS 'new';

COMMENT ON COLUMN public.t.id IS NULL;

COMMENT ON CONSTRAINT t_id_check ON public.t IS 'positive';

COMMIT;
