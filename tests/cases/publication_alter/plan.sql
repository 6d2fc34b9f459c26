BEGIN;

DROP PUBLICATION retired;

-- lock: ACCESS EXCLUSIVE on public.c
-- hazards: data_loss
DROP TABLE public.c;

DROP PUBLICATION all_of_it;

ALTER PUBLICATION by_schema DROP TABLE public.b;

ALTER PUBLICATION by_schema ADD TABLES IN SCHEMA reporting;

CREATE TABLE public.d (
    id integer NOT NULL,
    CONSTRAINT d_pkey PRIMARY KEY (id)
);

ALTER PUBLICATION feed DROP TABLE public.a, TABLE public.b;

ALTER PUBLICATION feed ADD TABLE public.a (id, y) WHERE ((x > 0)), TABLE public.d;

ALTER PUBLICATION feed SET (publish = 'insert', publish_via_partition_root = false);

CREATE PUBLICATION all_of_it FOR TABLE public.b;

COMMIT;
