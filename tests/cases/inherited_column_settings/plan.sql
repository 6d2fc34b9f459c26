BEGIN;

-- lock: ACCESS EXCLUSIVE on public.events
ALTER TABLE public.events ALTER COLUMN kind DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.events
ALTER TABLE public.events ALTER COLUMN kind SET DEFAULT 'event';

-- lock: ACCESS EXCLUSIVE on public.orders
ALTER TABLE public.orders ALTER COLUMN priority DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.orders
ALTER TABLE public.orders ALTER COLUMN priority SET DEFAULT 1;

-- lock: ACCESS EXCLUSIVE on public.orders
ALTER TABLE public.orders ALTER COLUMN notes DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.orders_apac
ALTER TABLE public.orders_apac ALTER COLUMN priority DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.orders_us
ALTER TABLE public.orders_us ALTER COLUMN priority SET DEFAULT 10;

-- lock: ACCESS EXCLUSIVE on public.orders_us
ALTER TABLE public.orders_us ALTER COLUMN notes SET DEFAULT 'us';

-- lock: SHARE UPDATE EXCLUSIVE on public.readings
ALTER TABLE public.readings ALTER COLUMN body SET STATISTICS 500;

-- lock: ACCESS EXCLUSIVE on public.readings
ALTER TABLE public.readings ALTER COLUMN body SET STORAGE MAIN;

-- lock: SHARE UPDATE EXCLUSIVE on public.readings_b
ALTER TABLE public.readings_b ALTER COLUMN body SET STATISTICS 50;

-- lock: ACCESS EXCLUSIVE on public.orders
CREATE TABLE public.orders_latam PARTITION OF public.orders (
    priority WITH OPTIONS DEFAULT NULL
) FOR VALUES IN ('latam');

COMMENT ON COLUMN public.readings_a.body IS 'site a';

-- lock: SHARE UPDATE EXCLUSIVE on public.readings_a
ALTER TABLE public.readings_a ALTER COLUMN body SET (n_distinct=5);

-- hazards: authorization_change
GRANT SELECT (body) ON TABLE public.readings_a TO PUBLIC;

COMMIT;
