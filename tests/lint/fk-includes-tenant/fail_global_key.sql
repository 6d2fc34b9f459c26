-- a reference to a key unique across tenants (both rules)
-- expect: fk-includes-tenant@21:5, key-includes-tenant@14:23
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
ALTER TABLE notes ADD UNIQUE (note_id);
CREATE TABLE comments (
    tenant_id uuid NOT NULL,
    note_id bigint NOT NULL,
    body text,
    comment_id bigint NOT NULL,
    PRIMARY KEY (tenant_id, comment_id),
    FOREIGN KEY (note_id) REFERENCES notes (note_id)
);
ALTER TABLE comments ENABLE ROW LEVEL SECURITY;
ALTER TABLE comments FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON comments
    USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);
