DO $$ BEGIN CREATE ROLE app_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE docs (tenant_id uuid NOT NULL, id int, body text);
CREATE POLICY old_policy ON docs USING (true);
