-- online form on public.t: its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE UPDATE EXCLUSIVE on public.t
-- hazards: index_build, non_transactional
CREATE UNIQUE INDEX CONCURRENTLY t_b_lower ON public.t USING btree ((lower(b))) WHERE ((a > 0));

-- online form on public.t: its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE UPDATE EXCLUSIVE on public.t
-- hazards: index_build, non_transactional
CREATE INDEX CONCURRENTLY t_c_gin ON public.t USING gin (c jsonb_path_ops);

-- online form on public.t: its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE UPDATE EXCLUSIVE on public.t
-- hazards: index_build, non_transactional
CREATE INDEX CONCURRENTLY t_hash ON public.t USING hash (b);

-- online form on public.t: its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE UPDATE EXCLUSIVE on public.t
-- hazards: index_build, non_transactional
CREATE INDEX CONCURRENTLY t_multi ON public.t USING btree (a DESC NULLS LAST, b COLLATE pg_catalog."C" text_pattern_ops) INCLUDE (c);
