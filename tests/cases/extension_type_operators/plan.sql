BEGIN;

-- online form on public.users: its size is unknown (planned without statistics), threshold 10 MB
-- lock: ACCESS EXCLUSIVE on public.users
ALTER TABLE public.users ADD CONSTRAINT users_email_check CHECK (((email ~ '^[^@]+@[^@]+$') AND (email <> ''))) NOT VALID;

-- online form on public.users: its size is unknown (planned without statistics), threshold 10 MB
-- lock: ACCESS EXCLUSIVE on public.users
-- hazards: access_exclusive_lock, index_build
ALTER TABLE public.users ADD CONSTRAINT users_id_during_excl EXCLUDE USING gist (id WITH =, during WITH &&);

CREATE VIEW public.people (id, email) AS
SELECT id, email FROM public.users WHERE email ~~ '%@example.com';

COMMIT;

BEGIN;

-- lock: SHARE UPDATE EXCLUSIVE on public.users
-- hazards: validation_scan
ALTER TABLE public.users VALIDATE CONSTRAINT users_email_check;

COMMIT;

-- online form on public.users: its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE UPDATE EXCLUSIVE on public.users
-- hazards: index_build, non_transactional
CREATE INDEX CONCURRENTLY users_named ON public.users USING btree (id) WHERE ((email <> 'nobody'));
