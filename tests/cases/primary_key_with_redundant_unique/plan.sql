BEGIN;

-- lock: ACCESS EXCLUSIVE on public.orders
ALTER TABLE public.orders ALTER COLUMN order_id DROP DEFAULT;

-- hazards: data_loss
DROP SEQUENCE public.orders_order_id_seq;

COMMIT;

-- online form on public.orders: its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE UPDATE EXCLUSIVE on public.orders
-- hazards: index_dropped, non_transactional
DROP INDEX CONCURRENTLY public.orders_order_id_idx;

-- online form on public.orders: its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE UPDATE EXCLUSIVE on public.orders
-- hazards: index_build, non_transactional
CREATE UNIQUE INDEX CONCURRENTLY orders_note_key ON public.orders USING btree (note);

BEGIN;

-- lock: ACCESS EXCLUSIVE on public.orders
ALTER TABLE public.orders ADD CONSTRAINT orders_note_key UNIQUE USING INDEX orders_note_key;

COMMIT;
