SET check_function_bodies = false;

BEGIN;

CREATE TEMPORARY TABLE pgfleet_rows_14447575adab621e AS SELECT id, email, created_at FROM ONLY public.users;

DROP FUNCTION public.newest_user();

-- lock: ACCESS EXCLUSIVE on public.active_users
DROP VIEW public.active_users;

-- lock: ACCESS EXCLUSIVE on public.users
-- hazards: table_rewrite
DROP TABLE public.users;

CREATE TABLE public.users (
    id integer NOT NULL,
    email text,
    role text,
    created_at timestamp with time zone,
    CONSTRAINT users_pkey PRIMARY KEY (id)
);

INSERT INTO public.users (id, email, created_at) SELECT id, email, created_at FROM pg_temp.pgfleet_rows_14447575adab621e;

DROP TABLE pg_temp.pgfleet_rows_14447575adab621e;

-- lock: ACCESS EXCLUSIVE on public.active_users
CREATE VIEW public.active_users (id, email, role, created_at) AS
SELECT id, email, role, created_at FROM public.users;

CREATE FUNCTION public.newest_user()
    RETURNS public.active_users
    LANGUAGE sql
    STABLE
AS $$SELECT * FROM active_users ORDER BY created_at DESC LIMIT 1$$;

COMMIT;
