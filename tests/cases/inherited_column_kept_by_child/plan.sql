BEGIN;

CREATE TEMPORARY TABLE pgfleet_rows_e4182c42bb5c598b AS SELECT created_at, e, a1 FROM ONLY public.a;

-- lock: ACCESS EXCLUSIVE on public.a
-- hazards: table_rewrite, data_loss
DROP TABLE public.a;

-- lock: ACCESS EXCLUSIVE on public.timestamp_base
-- hazards: data_loss
ALTER TABLE ONLY public.timestamp_base DROP COLUMN e;

-- lock: ACCESS EXCLUSIVE on public.b
-- hazards: data_loss
ALTER TABLE public.b DROP COLUMN e;

-- lock: SHARE UPDATE EXCLUSIVE on public.timestamp_base
CREATE TABLE public.a (
    a1 integer,
    e integer
) INHERITS (public.timestamp_base);

INSERT INTO public.a (created_at, e, a1) SELECT created_at, e, a1 FROM pg_temp.pgfleet_rows_e4182c42bb5c598b;

DROP TABLE pg_temp.pgfleet_rows_e4182c42bb5c598b;

COMMIT;
