BEGIN;

-- online form on public.orders: its size is unknown (planned without statistics), threshold 10 MB
-- lock: ACCESS EXCLUSIVE on public.orders
ALTER TABLE public.orders ADD CONSTRAINT account_id_pgfleet_not_null CHECK (account_id IS NOT NULL) NOT VALID;

COMMIT;

BEGIN;

-- lock: SHARE UPDATE EXCLUSIVE on public.orders
-- hazards: validation_scan
ALTER TABLE public.orders VALIDATE CONSTRAINT account_id_pgfleet_not_null;

COMMIT;

BEGIN;

-- lock: ACCESS EXCLUSIVE on public.orders
ALTER TABLE public.orders ALTER COLUMN account_id SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.orders
ALTER TABLE public.orders DROP CONSTRAINT account_id_pgfleet_not_null;

COMMIT;

-- online form on public.accounts: its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE UPDATE EXCLUSIVE on public.accounts
-- hazards: index_build, non_transactional
CREATE UNIQUE INDEX CONCURRENTLY accounts_email_key ON public.accounts USING btree (email);

BEGIN;

-- lock: ACCESS EXCLUSIVE on public.accounts
ALTER TABLE public.accounts ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email_key;

COMMIT;

-- online form on public.accounts: its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE UPDATE EXCLUSIVE on public.accounts
-- hazards: index_build, non_transactional
CREATE UNIQUE INDEX CONCURRENTLY accounts_pkey ON public.accounts USING btree (id);

BEGIN;

-- lock: ACCESS EXCLUSIVE on public.accounts
ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_pkey;

-- online form on public.orders: its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE ROW EXCLUSIVE on public.orders; SHARE ROW EXCLUSIVE on public.accounts
ALTER TABLE public.orders ADD CONSTRAINT orders_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts (id) NOT VALID;

COMMIT;

BEGIN;

-- lock: SHARE UPDATE EXCLUSIVE on public.orders
-- hazards: validation_scan
ALTER TABLE public.orders VALIDATE CONSTRAINT orders_account_id_fkey;

COMMIT;
