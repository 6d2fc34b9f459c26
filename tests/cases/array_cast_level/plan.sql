BEGIN;

-- lock: ACCESS EXCLUSIVE on public.findings
ALTER TABLE public.findings DROP CONSTRAINT findings_status_check;

-- lock: ACCESS EXCLUSIVE on public.open_findings
DROP VIEW public.open_findings;

-- online form on public.findings: its size is unknown (planned without statistics), threshold 10 MB
-- lock: ACCESS EXCLUSIVE on public.findings
ALTER TABLE public.findings ADD CONSTRAINT findings_status_check CHECK ((status::text = ANY(ARRAY['new'::varchar, 'acknowledged'::varchar, 'closed'::varchar]::text[]))) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.open_findings
CREATE VIEW public.open_findings (id, status) AS
SELECT id, status FROM public.findings WHERE status::text = ANY(ARRAY['new'::varchar, 'acknowledged'::varchar]::text[]);

COMMIT;

-- online form on public.findings: its size is unknown (planned without statistics), threshold 10 MB; the new index is built before the old one is dropped
-- lock: SHARE UPDATE EXCLUSIVE on public.findings
-- hazards: index_build, non_transactional
CREATE INDEX CONCURRENTLY findings_open_pgfleet_new ON public.findings USING btree (org_id) WHERE ((status::text = ANY(ARRAY['new'::varchar, 'acknowledged'::varchar]::text[])));

-- lock: SHARE UPDATE EXCLUSIVE on public.findings
-- hazards: index_dropped, non_transactional
DROP INDEX CONCURRENTLY public.findings_open;

BEGIN;

ALTER INDEX public.findings_open_pgfleet_new RENAME TO findings_open;

COMMIT;

BEGIN;

-- lock: SHARE UPDATE EXCLUSIVE on public.findings
-- hazards: validation_scan
ALTER TABLE public.findings VALIDATE CONSTRAINT findings_status_check;

COMMIT;
