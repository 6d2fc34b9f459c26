BEGIN;

DROP INDEX public.t_idx;

CREATE INDEX t_idx ON public.t USING btree (a, b);

COMMENT ON INDEX public.t_idx IS 'covers both';

COMMIT;
