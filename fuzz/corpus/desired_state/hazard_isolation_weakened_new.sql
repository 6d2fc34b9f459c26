CREATE TABLE notes (tenant_id uuid NOT NULL, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_read ON notes FOR SELECT USING (true);
CREATE TABLE shared (tenant_id uuid NOT NULL, v text);
CREATE POLICY shared_read ON shared FOR SELECT USING (tenant_id = current_setting('app.tenant_id')::uuid);
CREATE POLICY shared_admin ON shared FOR ALL TO postgres USING (true);
