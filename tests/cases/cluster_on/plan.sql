BEGIN;

-- lock: SHARE UPDATE EXCLUSIVE on public.logs
ALTER TABLE public.logs SET WITHOUT CLUSTER;

-- lock: SHARE UPDATE EXCLUSIVE on public.events
ALTER TABLE public.events CLUSTER ON events_kind;

CREATE TABLE public.fresh (
    id integer NOT NULL,
    CONSTRAINT fresh_key PRIMARY KEY (id)
);

ALTER TABLE public.fresh CLUSTER ON fresh_key;

CREATE TABLE public.gone (
    id integer
);

COMMIT;

-- online form on public.audit: its size is unknown (planned without statistics), threshold 10 MB; the new index is built before the old one is dropped
-- lock: SHARE UPDATE EXCLUSIVE on public.audit
-- hazards: index_build, non_transactional
CREATE UNIQUE INDEX CONCURRENTLY audit_id_pgfleet_new ON public.audit USING btree (id, at);

-- lock: SHARE UPDATE EXCLUSIVE on public.audit
-- hazards: index_dropped, non_transactional
DROP INDEX CONCURRENTLY public.audit_id;

BEGIN;

ALTER INDEX public.audit_id_pgfleet_new RENAME TO audit_id;

-- lock: ACCESS EXCLUSIVE on public.audit
ALTER TABLE public.audit REPLICA IDENTITY USING INDEX audit_id;

-- lock: SHARE UPDATE EXCLUSIVE on public.audit
ALTER TABLE public.audit CLUSTER ON audit_id;

COMMIT;
