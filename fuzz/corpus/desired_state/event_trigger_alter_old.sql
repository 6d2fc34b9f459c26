CREATE FUNCTION public.guard() RETURNS event_trigger LANGUAGE plpgsql AS 'BEGIN END';
CREATE EVENT TRIGGER guard_start ON ddl_command_start EXECUTE FUNCTION guard();
CREATE EVENT TRIGGER guard_tags ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION guard();
CREATE EVENT TRIGGER guard_old ON sql_drop EXECUTE FUNCTION guard();
