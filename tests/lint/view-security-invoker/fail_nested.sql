-- a view over a view over a tenant table (needs PostgreSQL 15)
-- expect: view-security-invoker@15:13
CREATE TABLE notes (
    tenant_id uuid NOT NULL,
    note_id bigint NOT NULL,
    body text,
    PRIMARY KEY (tenant_id, note_id)
);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE notes FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON notes
    USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);
CREATE VIEW recent_notes WITH (security_invoker = true) AS SELECT note_id, body FROM notes;
CREATE VIEW note_bodies AS SELECT body FROM recent_notes;
