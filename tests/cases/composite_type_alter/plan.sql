BEGIN;

ALTER TYPE public.address DROP ATTRIBUTE zip;

ALTER TYPE public.address ADD ATTRIBUTE country text;

ALTER TYPE public.unused_pair ALTER ATTRIBUTE a TYPE bigint;

COMMENT ON COLUMN public.address.country IS 'ISO code';

COMMIT;
