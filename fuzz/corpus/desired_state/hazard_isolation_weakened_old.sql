CREATE TABLE notes (tenant_id uuid NOT NULL, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE notes FORCE ROW LEVEL SECURITY;
CREATE POLICY notes_read ON notes FOR SELECT USING (tenant_id = current_setting('app.tenant_id')::uuid);
CREATE POLICY notes_write ON notes FOR INSERT WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);
CREATE TABLE shared (tenant_id uuid NOT NULL, v text);
ALTER TABLE shared ENABLE ROW LEVEL SECURITY;
CREATE POLICY shared_read ON shared FOR SELECT USING (tenant_id = current_setting('app.tenant_id')::uuid);
