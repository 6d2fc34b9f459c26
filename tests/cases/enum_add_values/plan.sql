BEGIN;

ALTER TYPE public.status ADD VALUE 'pending' BEFORE 'active';

ALTER TYPE public.status ADD VALUE 'suspended' AFTER 'active';

COMMIT;
