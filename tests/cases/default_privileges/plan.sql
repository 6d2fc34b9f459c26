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

COMMIT;
