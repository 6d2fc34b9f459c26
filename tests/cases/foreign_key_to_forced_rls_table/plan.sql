BEGIN;

-- lock: ACCESS EXCLUSIVE on public.tasks
ALTER TABLE public.tasks NO FORCE ROW LEVEL SECURITY;

-- lock: ACCESS EXCLUSIVE on public.projects
ALTER TABLE public.projects NO FORCE ROW LEVEL SECURITY;

-- lock: SHARE ROW EXCLUSIVE on public.tasks; SHARE ROW EXCLUSIVE on public.projects
-- hazards: share_lock, share_lock, validation_scan
ALTER TABLE public.tasks ADD CONSTRAINT tasks_project_fkey FOREIGN KEY (tenant_id, project_id) REFERENCES public.projects (tenant_id, id);

-- lock: ACCESS EXCLUSIVE on public.tasks
ALTER TABLE public.tasks FORCE ROW LEVEL SECURITY;

-- lock: ACCESS EXCLUSIVE on public.projects
ALTER TABLE public.projects FORCE ROW LEVEL SECURITY;

COMMIT;
