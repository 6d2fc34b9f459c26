-- a reference that does not pair the tenant columns
-- expect: fk-includes-tenant@20:5
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
CREATE TABLE comments (
    tenant_id uuid NOT NULL,
    note_id bigint NOT NULL,
    body text,
    author_tenant uuid NOT NULL,
    PRIMARY KEY (tenant_id, note_id),
    FOREIGN KEY (author_tenant, note_id) REFERENCES notes (tenant_id, note_id)
);
ALTER TABLE comments ENABLE ROW LEVEL SECURITY;
ALTER TABLE comments FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON comments
    USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);
