BEGIN;

-- online form on public.base: its size is unknown (planned without statistics), threshold 10 MB
-- lock: ACCESS EXCLUSIVE on public.base
ALTER TABLE public.base ADD CONSTRAINT base_id_check CHECK ((id > 0)) NOT VALID;

-- lock: SHARE UPDATE EXCLUSIVE on public.base
CREATE TABLE public.child (
    extra text
) INHERITS (public.base);

-- lock: SHARE UPDATE EXCLUSIVE on public.base
CREATE TABLE public.other (
    id integer,
    created timestamp with time zone DEFAULT NULL,
    more integer,
    CONSTRAINT base_id_check CHECK ((id > 0))
) INHERITS (public.base);

COMMIT;

BEGIN;

-- lock: SHARE UPDATE EXCLUSIVE on public.base
-- hazards: validation_scan
ALTER TABLE public.base VALIDATE CONSTRAINT base_id_check;

COMMIT;
