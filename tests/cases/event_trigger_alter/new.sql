-- The trigger function is made by DO: routines are not part of this model yet.
DO $$ BEGIN
  CREATE FUNCTION public.guard() RETURNS event_trigger LANGUAGE plpgsql AS 'BEGIN END';
END $$;
CREATE EVENT TRIGGER guard_start ON ddl_command_start EXECUTE FUNCTION guard();
ALTER EVENT TRIGGER guard_start ENABLE ALWAYS;
CREATE EVENT TRIGGER guard_tags ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'CREATE INDEX') EXECUTE FUNCTION guard();
