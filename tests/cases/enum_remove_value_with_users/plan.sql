SET check_function_bodies = false;

BEGIN;

-- lock: ACCESS EXCLUSIVE on public.accounts
ALTER TABLE public.accounts DROP CONSTRAINT accounts_s_check;

-- lock: ACCESS EXCLUSIVE on public.active_accounts
DROP VIEW public.active_accounts;

DROP FUNCTION public.is_live(public.status);

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

-- online form on public.accounts: its size is unknown (planned without statistics), threshold 10 MB
-- lock: ACCESS EXCLUSIVE on public.accounts
ALTER TABLE public.accounts ADD CONSTRAINT accounts_s_check CHECK ((s <> 'disabled')) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.active_accounts
CREATE VIEW public.active_accounts (id, s) AS
SELECT id, s FROM public.accounts WHERE s = 'active';

CREATE FUNCTION public.is_live(x public.status)
    RETURNS boolean
    LANGUAGE sql
    IMMUTABLE
AS $$ SELECT x = 'active' $$;

COMMIT;

BEGIN;

-- lock: SHARE UPDATE EXCLUSIVE on public.accounts
-- hazards: validation_scan
ALTER TABLE public.accounts VALIDATE CONSTRAINT accounts_s_check;

COMMIT;
