-- online form on public.orders: its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE UPDATE EXCLUSIVE on public.orders
-- hazards: index_build, non_transactional
CREATE UNIQUE INDEX CONCURRENTLY orders_pkey_pgfleet_new ON public.orders USING btree (order_id);

BEGIN;

-- lock: ACCESS EXCLUSIVE on public.orders
-- hazards: index_dropped
ALTER TABLE public.orders DROP CONSTRAINT orders_pkey;

-- lock: ACCESS EXCLUSIVE on public.orders
ALTER TABLE public.orders ALTER COLUMN region_id DROP NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.orders
ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_pkey_pgfleet_new;

COMMIT;
