BEGIN;

-- lock: ACCESS EXCLUSIVE on public.audit
ALTER TABLE public.audit REPLICA IDENTITY DEFAULT;

CREATE TABLE public.changes (
    id bigint NOT NULL,
    note text,
    CONSTRAINT changes_pkey PRIMARY KEY (id)
);

ALTER TABLE public.changes REPLICA IDENTITY USING INDEX changes_pkey;

-- lock: ACCESS EXCLUSIVE on public.logs
ALTER TABLE public.logs REPLICA IDENTITY NOTHING;

COMMIT;

-- online form on public.events: its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE UPDATE EXCLUSIVE on public.events
-- hazards: index_build, non_transactional
CREATE UNIQUE INDEX CONCURRENTLY events_code ON public.events USING btree (code);

BEGIN;

-- lock: ACCESS EXCLUSIVE on public.events
ALTER TABLE public.events REPLICA IDENTITY USING INDEX events_code;

COMMIT;
