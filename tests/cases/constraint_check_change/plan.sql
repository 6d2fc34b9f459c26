BEGIN;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t DROP CONSTRAINT t_price_check;

-- online form on public.t: its size is unknown (planned without statistics), threshold 10 MB
-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ADD CONSTRAINT t_price_check CHECK ((price >= 0)) NOT VALID;

COMMIT;

BEGIN;

-- lock: SHARE UPDATE EXCLUSIVE on public.t
-- hazards: validation_scan
ALTER TABLE public.t VALIDATE CONSTRAINT t_price_check;

COMMIT;
