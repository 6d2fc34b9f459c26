BEGIN;

ALTER POLICY p ON public.docs TO app_user USING ((owner = current_user OR id < 10));

COMMIT;
