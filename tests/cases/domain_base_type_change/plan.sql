BEGIN;

ALTER DOMAIN public.money_amount RENAME TO money_amount__pgfleet_old;

CREATE DOMAIN public.money_amount AS bigint CONSTRAINT money_amount_check CHECK ((value >= 0));

COMMENT ON DOMAIN public.money_amount IS 'in cents';

-- lock: ACCESS EXCLUSIVE on public.invoices
ALTER TABLE public.invoices ALTER COLUMN total DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.invoices
-- hazards: access_exclusive_lock, table_rewrite
ALTER TABLE public.invoices ALTER COLUMN total TYPE public.money_amount USING total::text::public.money_amount;

-- lock: ACCESS EXCLUSIVE on public.invoices
ALTER TABLE public.invoices ALTER COLUMN total SET DEFAULT 0;

-- lock: ACCESS EXCLUSIVE on public.invoices
-- hazards: access_exclusive_lock, table_rewrite
ALTER TABLE public.invoices ALTER COLUMN lines TYPE public.money_amount[] USING lines::text::public.money_amount[];

DROP DOMAIN public.money_amount__pgfleet_old;

COMMIT;
