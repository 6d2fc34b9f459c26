BEGIN;

CREATE TABLE public.buckets (
    id integer
) PARTITION BY HASH (id);

CREATE TABLE public.buckets_0 PARTITION OF public.buckets FOR VALUES WITH (MODULUS 2, REMAINDER 0);

CREATE TABLE public.buckets_1 PARTITION OF public.buckets FOR VALUES WITH (MODULUS 2, REMAINDER 1);

CREATE TABLE public.events (
    id bigint NOT NULL,
    happened date NOT NULL,
    kind text DEFAULT 'x',
    CONSTRAINT events_pkey PRIMARY KEY (id, happened)
) PARTITION BY RANGE (happened);

CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE TABLE public.events_default PARTITION OF public.events (
    kind WITH OPTIONS DEFAULT 'other'
) DEFAULT;

CREATE TABLE public.regions (
    code text,
    name text
) PARTITION BY LIST (code);

CREATE TABLE public.regions_eu PARTITION OF public.regions FOR VALUES IN ('de', 'fr');

CREATE INDEX events_kind_idx ON public.events USING btree (kind);

COMMIT;
