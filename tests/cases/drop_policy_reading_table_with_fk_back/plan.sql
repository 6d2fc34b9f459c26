BEGIN;

-- lock: ACCESS EXCLUSIVE on public.organizations
-- hazards: isolation_weakened
DROP POLICY member_reads ON public.organizations;

-- lock: ACCESS EXCLUSIVE on public.memberships
-- hazards: data_loss
DROP TABLE public.memberships;

-- lock: ACCESS EXCLUSIVE on public.organizations
-- hazards: data_loss
DROP TABLE public.organizations;

COMMIT;
