SET check_function_bodies = false;

BEGIN;

-- hazards: authorization_change
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- hazards: authorization_change
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO app_reader;

CREATE TABLE app.t (
    id integer
);

CREATE FUNCTION app.f()
    RETURNS integer
    LANGUAGE sql
AS $$ SELECT 1 $$;

-- hazards: authorization_change
GRANT SELECT ON TABLE app.t TO app_reader;

-- hazards: authorization_change
REVOKE EXECUTE ON FUNCTION app.f() FROM PUBLIC;

COMMIT;
