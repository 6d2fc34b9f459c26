BEGIN;

-- lock: ACCESS EXCLUSIVE on public.order_totals
DROP MATERIALIZED VIEW public.order_totals;

CREATE MATERIALIZED VIEW public.order_totals (tenant_id, total, orders) AS
SELECT tenant_id, sum(amount) AS total, count(*) AS orders FROM public.orders GROUP BY tenant_id;

CREATE UNIQUE INDEX order_totals_tenant ON public.order_totals USING btree (tenant_id);

COMMENT ON MATERIALIZED VIEW public.order_totals IS 'per-tenant totals';

COMMIT;

-- online form on public.recent_orders: its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE UPDATE EXCLUSIVE on public.recent_orders
-- hazards: index_dropped, non_transactional
DROP INDEX CONCURRENTLY public.recent_orders_amount;

-- online form on public.daily_orders: its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE UPDATE EXCLUSIVE on public.daily_orders
-- hazards: index_build, non_transactional
CREATE INDEX CONCURRENTLY daily_orders_day ON public.daily_orders USING btree (day DESC);
