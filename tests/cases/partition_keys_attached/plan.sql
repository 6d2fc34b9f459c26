BEGIN;

-- lock: ACCESS EXCLUSIVE on public.pay
-- hazards: access_exclusive_lock, index_build
ALTER TABLE public.pay ADD CONSTRAINT pay_pkey PRIMARY KEY (d, id);

-- lock: ACCESS EXCLUSIVE on public.pay
CREATE TABLE public.pay_2 PARTITION OF public.pay (
    id WITH OPTIONS NOT NULL,
    d WITH OPTIONS NOT NULL
) FOR VALUES FROM ('2022-02-01') TO ('2022-03-01');

-- lock: SHARE on public.pay
-- hazards: share_lock, index_build
CREATE INDEX pay_note ON public.pay USING btree (note);

COMMIT;
