BEGIN;

-- hazards: authorization_change
ALTER SCHEMA app OWNER TO app_admin;

-- hazards: authorization_change
ALTER TYPE app.size OWNER TO app_owner;

-- lock: ACCESS EXCLUSIVE on app.things
-- hazards: authorization_change
ALTER TABLE app.things OWNER TO app_admin;

-- lock: ACCESS EXCLUSIVE on app.thing_names
-- hazards: authorization_change
ALTER VIEW app.thing_names OWNER TO app_owner;

-- hazards: authorization_change
ALTER FUNCTION app.thing_count() OWNER TO app_owner;

COMMIT;
