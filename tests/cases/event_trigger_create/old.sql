-- The trigger function is made by DO: routines are not part of this model yet.
DO $$ BEGIN
  CREATE FUNCTION public.audit_ddl() RETURNS event_trigger LANGUAGE plpgsql AS 'BEGIN END';
END $$;
