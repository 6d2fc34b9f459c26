BEGIN;

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazards: isolation_weakened
CREATE POLICY mine ON public.docs AS PERMISSIVE FOR ALL TO CURRENT_USER USING ((owner_name = current_user));

CREATE FOREIGN DATA WRAPPER cu_wrapper;

CREATE SERVER cu_server FOREIGN DATA WRAPPER cu_wrapper;

-- hazards: authorization_change
CREATE USER MAPPING FOR CURRENT_USER SERVER cu_server OPTIONS ("user" 'remote');

-- hazards: authorization_change
GRANT SELECT ON TABLE public.docs TO CURRENT_USER;

COMMIT;
