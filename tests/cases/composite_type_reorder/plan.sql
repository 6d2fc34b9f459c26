BEGIN;

ALTER TYPE public.money_pair RENAME TO money_pair__pgfleet_old;

CREATE TYPE public.money_pair AS (currency text, amount numeric(12,2), note text);

-- lock: ACCESS EXCLUSIVE on public.prices
-- hazards: access_exclusive_lock, table_rewrite
ALTER TABLE public.prices ALTER COLUMN price TYPE public.money_pair USING CASE WHEN price::text IS NULL THEN NULL ELSE ROW((price).currency::text, (price).amount::numeric(12,2), NULL::text)::public.money_pair END;

DROP TYPE public.money_pair__pgfleet_old;

COMMIT;
