-- hazards: non_transactional
ALTER TYPE public.priority ADD VALUE 'normal' AFTER 'low';

BEGIN;

-- lock: ACCESS EXCLUSIVE on public.tickets
ALTER TABLE public.tickets ALTER COLUMN level SET DEFAULT 'normal';

COMMIT;
