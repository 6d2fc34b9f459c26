BEGIN;

-- lock: ACCESS EXCLUSIVE on public.c; SHARE ROW EXCLUSIVE on public.p
ALTER TABLE public.c DROP CONSTRAINT c_p_id_fkey;

-- online form on public.c: its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE ROW EXCLUSIVE on public.c; SHARE ROW EXCLUSIVE on public.p
ALTER TABLE public.c ADD CONSTRAINT c_p_id_fkey FOREIGN KEY (p_id) REFERENCES public.p (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED NOT VALID;

COMMIT;

BEGIN;

-- lock: SHARE UPDATE EXCLUSIVE on public.c
-- hazards: validation_scan
ALTER TABLE public.c VALIDATE CONSTRAINT c_p_id_fkey;

COMMIT;
