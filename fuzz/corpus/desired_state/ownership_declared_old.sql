DO $$ BEGIN CREATE ROLE app_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE app_admin; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA app;
CREATE TABLE app.things (id serial PRIMARY KEY, name text);
CREATE VIEW app.thing_names AS SELECT name FROM app.things;
CREATE FUNCTION app.thing_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM app.things $$;
CREATE TYPE app.size AS ENUM ('s', 'm', 'l');
ALTER TABLE app.things OWNER TO app_owner;
