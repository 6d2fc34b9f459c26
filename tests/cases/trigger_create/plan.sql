SET check_function_bodies = false;

BEGIN;

CREATE FUNCTION public.touch()
    RETURNS trigger
    LANGUAGE plpgsql
AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;

-- lock: SHARE ROW EXCLUSIVE on public.t
CREATE TRIGGER t_audit AFTER DELETE ON public.t REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION public.touch('a', 'b');

-- lock: SHARE ROW EXCLUSIVE on public.t
ALTER TABLE public.t DISABLE TRIGGER t_audit;

-- lock: SHARE ROW EXCLUSIVE on public.t
CREATE TRIGGER t_touch BEFORE INSERT OR UPDATE OF note ON public.t FOR EACH ROW WHEN ((new.note IS NOT NULL)) EXECUTE FUNCTION public.touch();

COMMENT ON TRIGGER t_touch ON public.t IS 'keeps updated_at';

COMMIT;
