BEGIN;

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazards: isolation_weakened
ALTER POLICY p ON public.docs TO app_user USING (((owner = current_user) OR (id < 10)));

COMMIT;
