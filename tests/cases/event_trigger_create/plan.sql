BEGIN;

CREATE EVENT TRIGGER audit_drops ON sql_drop
    EXECUTE FUNCTION public.audit_ddl();

ALTER EVENT TRIGGER audit_drops DISABLE;

CREATE EVENT TRIGGER audit_tables ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')
    EXECUTE FUNCTION public.audit_ddl();

COMMENT ON EVENT TRIGGER audit_tables IS 'records table changes';

COMMIT;
