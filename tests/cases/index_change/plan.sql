-- online form on public.t: its size is unknown (planned without statistics), threshold 10 MB; the new index is built before the old one is dropped
-- lock: SHARE UPDATE EXCLUSIVE on public.t
-- hazards: index_build, non_transactional
CREATE INDEX CONCURRENTLY t_idx_pgfleet_new ON public.t USING btree (a, b);

-- lock: SHARE UPDATE EXCLUSIVE on public.t
-- hazards: index_dropped, non_transactional
DROP INDEX CONCURRENTLY public.t_idx;

BEGIN;

ALTER INDEX public.t_idx_pgfleet_new RENAME TO t_idx;

COMMENT ON INDEX public.t_idx IS 'covers both';

COMMIT;
