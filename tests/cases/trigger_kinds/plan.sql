BEGIN;

-- lock: ACCESS EXCLUSIVE on public.accounts
DROP TRIGGER accounts_audit ON public.accounts;

-- lock: ACCESS EXCLUSIVE on public.accounts
DROP TRIGGER accounts_stamp ON public.accounts;

-- lock: SHARE ROW EXCLUSIVE on public.accounts
CREATE CONSTRAINT TRIGGER accounts_balance AFTER INSERT OR UPDATE ON public.accounts DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.check_balance();

-- lock: SHARE ROW EXCLUSIVE on public.accounts
CREATE TRIGGER accounts_stamp BEFORE UPDATE OF balance ON public.accounts FOR EACH ROW WHEN ((old.balance IS DISTINCT FROM new.balance)) EXECUTE FUNCTION public.stamp();

-- lock: SHARE ROW EXCLUSIVE on public.accounts
ALTER TABLE public.accounts DISABLE TRIGGER accounts_stamp;

-- lock: SHARE ROW EXCLUSIVE on public.events
CREATE TRIGGER events_stamp BEFORE INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.stamp();

COMMIT;
