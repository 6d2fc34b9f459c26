BEGIN;

-- lock: ACCESS EXCLUSIVE on public.readings
CREATE TABLE public.readings_2022_04 PARTITION OF public.readings FOR VALUES FROM ('2022-04-01 00:00:00+00') TO ('2022-05-01 00:00:00+00');

-- lock: ACCESS EXCLUSIVE on public.readings
CREATE TABLE public.readings_2022_05 PARTITION OF public.readings FOR VALUES FROM ('2022-05-01 00:00:00+00') TO ('2022-06-01 00:00:00+00');

-- lock: ACCESS EXCLUSIVE on public.readings
CREATE TABLE public.readings_2022_06 PARTITION OF public.readings FOR VALUES FROM ('2022-06-01 00:00:00+00') TO ('2022-07-01 00:00:00.5+00');

COMMIT;
