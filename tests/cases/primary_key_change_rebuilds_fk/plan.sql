BEGIN;

-- lock: ACCESS EXCLUSIVE on public.c; SHARE ROW EXCLUSIVE on public.p
ALTER TABLE public.c DROP CONSTRAINT c_p_id_fkey;

-- online form on public.p: its size is unknown (planned without statistics), threshold 10 MB
-- lock: ACCESS EXCLUSIVE on public.p
ALTER TABLE public.p ADD CONSTRAINT code_pgfleet_not_null CHECK (code IS NOT NULL) NOT VALID;

COMMIT;

BEGIN;

-- lock: SHARE UPDATE EXCLUSIVE on public.p
-- hazards: validation_scan
ALTER TABLE public.p VALIDATE CONSTRAINT code_pgfleet_not_null;

COMMIT;

BEGIN;

-- lock: ACCESS EXCLUSIVE on public.p
ALTER TABLE public.p ALTER COLUMN code SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.p
ALTER TABLE public.p DROP CONSTRAINT code_pgfleet_not_null;

COMMIT;

-- online form on public.p: its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE UPDATE EXCLUSIVE on public.p
-- hazards: index_build, non_transactional
CREATE UNIQUE INDEX CONCURRENTLY p_pkey_pgfleet_new ON public.p USING btree (id) INCLUDE (code);

BEGIN;

-- lock: ACCESS EXCLUSIVE on public.p
-- hazards: index_dropped
ALTER TABLE public.p DROP CONSTRAINT p_pkey;

-- lock: ACCESS EXCLUSIVE on public.p
ALTER TABLE public.p ADD CONSTRAINT p_pkey PRIMARY KEY USING INDEX p_pkey_pgfleet_new;

-- online form on public.c: its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE ROW EXCLUSIVE on public.c; SHARE ROW EXCLUSIVE on public.p
ALTER TABLE public.c ADD CONSTRAINT c_p_id_fkey FOREIGN KEY (p_id) REFERENCES public.p (id) NOT VALID;

COMMIT;

BEGIN;

-- lock: SHARE UPDATE EXCLUSIVE on public.c
-- hazards: validation_scan
ALTER TABLE public.c VALIDATE CONSTRAINT c_p_id_fkey;

COMMIT;
