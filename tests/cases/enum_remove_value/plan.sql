BEGIN;

ALTER TYPE public.status RENAME TO status__pgfleet_old;

CREATE TYPE public.status AS ENUM ('active', 'disabled');

-- lock: ACCESS EXCLUSIVE on public.accounts
ALTER TABLE public.accounts ALTER COLUMN s DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.accounts
-- hazards: access_exclusive_lock, table_rewrite
ALTER TABLE public.accounts ALTER COLUMN s TYPE public.status USING s::text::public.status;

-- lock: ACCESS EXCLUSIVE on public.accounts
ALTER TABLE public.accounts ALTER COLUMN s SET DEFAULT 'active';

DROP TYPE public.status__pgfleet_old;

COMMIT;
