BEGIN;

ALTER DOMAIN public.code DROP NOT NULL;

ALTER DOMAIN public.code DROP CONSTRAINT code_short;

ALTER DOMAIN public.code ADD CONSTRAINT code_length CHECK ((length(value) <= 8)) NOT VALID;

-- lock: SHARE on public.items
-- hazards: share_lock, validation_scan
ALTER DOMAIN public.code VALIDATE CONSTRAINT code_upper;

ALTER DOMAIN public.quantity SET DEFAULT 2;

-- lock: SHARE on public.items
-- hazards: share_lock, validation_scan
ALTER DOMAIN public.quantity ADD CONSTRAINT quantity_check1 CHECK ((value < 1000000));

COMMIT;
