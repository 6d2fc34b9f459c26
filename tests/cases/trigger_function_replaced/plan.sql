SET check_function_bodies = false;

BEGIN;

-- lock: ACCESS EXCLUSIVE on public.t
DROP TRIGGER tr ON public.t;

CREATE OR REPLACE FUNCTION public.f()
    RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
AS $$ BEGIN RETURN NULL; END $$;

-- lock: SHARE ROW EXCLUSIVE on public.t
CREATE TRIGGER tr BEFORE INSERT OR UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.f();

COMMIT;
