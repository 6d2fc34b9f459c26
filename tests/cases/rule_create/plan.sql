BEGIN;

-- lock: ACCESS EXCLUSIVE on public.orders
CREATE RULE orders_log_status AS ON UPDATE TO public.orders WHERE old.status IS DISTINCT FROM new.status DO INSERT INTO public.order_log (order_id, old_status, new_status) VALUES (new.id, old.status, new.status);

-- lock: ACCESS EXCLUSIVE on public.orders
CREATE RULE orders_no_delete AS ON DELETE TO public.orders DO INSTEAD NOTHING;

-- lock: ACCESS EXCLUSIVE on public.orders
CREATE RULE orders_touch AS ON INSERT TO public.orders DO (UPDATE public.order_log SET noted_at = now() WHERE order_id = new.id; NOTIFY orders_changed);

-- lock: ACCESS EXCLUSIVE on public.orders
ALTER TABLE public.orders DISABLE RULE orders_touch;

COMMENT ON RULE orders_no_delete ON public.orders IS 'orders are never deleted';

COMMIT;
