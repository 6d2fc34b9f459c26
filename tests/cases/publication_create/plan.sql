BEGIN;

CREATE TABLE public.orders (
    id integer NOT NULL,
    user_id integer,
    total numeric,
    CONSTRAINT orders_pkey PRIMARY KEY (id)
);

CREATE PUBLICATION app_changes FOR TABLE public.orders, TABLE public.users (id, email) WHERE (active) WITH (publish = 'insert, update', publish_via_partition_root = false);

CREATE PUBLICATION audit_feed FOR TABLE public.orders, TABLES IN SCHEMA audit;

CREATE PUBLICATION everything FOR ALL TABLES WITH (publish = 'insert, update, delete, truncate', publish_via_partition_root = true);

COMMENT ON PUBLICATION everything IS 'for the warehouse';

COMMIT;
