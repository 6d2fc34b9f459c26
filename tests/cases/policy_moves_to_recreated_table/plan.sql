BEGIN;

-- lock: ACCESS EXCLUSIVE on public.orgs
-- hazards: isolation_weakened
DROP POLICY members ON public.orgs;

-- lock: ACCESS EXCLUSIVE on public.memberships_old
-- hazards: data_loss
DROP TABLE public.memberships_old;

CREATE TABLE public.memberships (
    org_id integer NOT NULL,
    CONSTRAINT memberships_pkey PRIMARY KEY (org_id)
);

-- lock: ACCESS EXCLUSIVE on public.orgs
-- hazards: isolation_weakened
CREATE POLICY members ON public.orgs AS PERMISSIVE FOR ALL TO PUBLIC USING ((id IN (SELECT org_id FROM public.memberships)));

COMMIT;
