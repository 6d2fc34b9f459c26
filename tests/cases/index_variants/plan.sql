BEGIN;

CREATE UNIQUE INDEX t_b_lower ON public.t USING btree ((lower(b))) WHERE ((a > 0));

CREATE INDEX t_c_gin ON public.t USING gin (c jsonb_path_ops);

CREATE INDEX t_hash ON public.t USING hash (b);

CREATE INDEX t_multi ON public.t USING btree (a DESC NULLS LAST, b COLLATE pg_catalog."C" text_pattern_ops) INCLUDE (c);

COMMIT;
