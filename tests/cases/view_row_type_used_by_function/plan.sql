SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.newest_user();

-- lock: ACCESS EXCLUSIVE on public.active_users
DROP VIEW public.active_users;

-- lock: ACCESS EXCLUSIVE on public.users
ALTER TABLE public.users ADD COLUMN role text;

-- lock: ACCESS EXCLUSIVE on public.active_users
CREATE VIEW public.active_users (id, email, role, created_at) AS
SELECT id, email, role, created_at FROM public.users;

CREATE FUNCTION public.newest_user()
    RETURNS public.active_users
    LANGUAGE sql
    STABLE
AS $$SELECT * FROM active_users ORDER BY created_at DESC LIMIT 1$$;

COMMIT;
