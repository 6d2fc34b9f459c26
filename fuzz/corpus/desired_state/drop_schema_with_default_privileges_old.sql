-- The schema goes with its default privileges: they are revoked while the schema still exists.
DO $$ BEGIN CREATE ROLE app_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA reports;
ALTER DEFAULT PRIVILEGES IN SCHEMA reports GRANT SELECT ON TABLES TO app_reader;
CREATE TABLE reports.daily (day date);
CREATE TABLE kept (id int);
