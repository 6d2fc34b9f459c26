DO $$ BEGIN CREATE ROLE app_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE app_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA app;
CREATE TABLE app.accounts (id serial PRIMARY KEY, email text, secret text);
GRANT SELECT, INSERT ON app.accounts TO app_writer;
GRANT USAGE ON SCHEMA app TO app_writer;
