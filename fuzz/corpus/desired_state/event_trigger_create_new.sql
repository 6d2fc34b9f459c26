CREATE FUNCTION public.audit_ddl() RETURNS event_trigger LANGUAGE plpgsql AS 'BEGIN END';
CREATE EVENT TRIGGER audit_tables ON ddl_command_end
    WHEN TAG IN ('create table', 'ALTER TABLE')
    EXECUTE FUNCTION audit_ddl();
CREATE EVENT TRIGGER audit_drops ON sql_drop EXECUTE PROCEDURE public.audit_ddl();
ALTER EVENT TRIGGER audit_drops DISABLE;
COMMENT ON EVENT TRIGGER audit_tables IS 'records table changes';
