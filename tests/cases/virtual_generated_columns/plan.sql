BEGIN;

-- lock: ACCESS EXCLUSIVE on public.orders
ALTER TABLE public.orders DROP COLUMN gross;

-- lock: ACCESS EXCLUSIVE on public.orders
ALTER TABLE public.orders DROP COLUMN label;

-- lock: ACCESS EXCLUSIVE on public.orders
ALTER TABLE public.orders DROP COLUMN flag;

-- lock: ACCESS EXCLUSIVE on public.orders
ALTER TABLE public.orders ADD COLUMN gross numeric(12,2) GENERATED ALWAYS AS ((net * (1 + tax_rate))) VIRTUAL;

-- lock: ACCESS EXCLUSIVE on public.orders
-- hazards: access_exclusive_lock, table_rewrite
ALTER TABLE public.orders ADD COLUMN label text GENERATED ALWAYS AS (('order ' || id::text)) STORED;

-- lock: ACCESS EXCLUSIVE on public.orders
ALTER TABLE public.orders ADD COLUMN flag integer;

-- lock: ACCESS EXCLUSIVE on public.orders
ALTER TABLE public.orders ADD COLUMN tax numeric(12,2) GENERATED ALWAYS AS ((net * tax_rate)) VIRTUAL;

CREATE VIEW public.order_labels (id, label, cents, tax) AS
SELECT id, label, cents, tax FROM public.orders;

COMMIT;
