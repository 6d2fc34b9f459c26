BEGIN;

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazards: isolation_weakened
DROP POLICY old_policy ON public.docs;

-- lock: ACCESS EXCLUSIVE on public.docs
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;

-- lock: ACCESS EXCLUSIVE on public.docs
ALTER TABLE public.docs FORCE ROW LEVEL SECURITY;

-- lock: ACCESS EXCLUSIVE on public.docs
CREATE POLICY no_delete ON public.docs AS RESTRICTIVE FOR DELETE TO PUBLIC USING (false);

-- lock: ACCESS EXCLUSIVE on public.docs
CREATE POLICY tenant_isolation ON public.docs AS PERMISSIVE FOR ALL TO app_user USING ((tenant_id = current_setting('app.tenant_id')::uuid)) WITH CHECK ((tenant_id = current_setting('app.tenant_id')::uuid));

COMMIT;
