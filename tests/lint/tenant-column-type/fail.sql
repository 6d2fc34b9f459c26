-- one table keys tenants by text, the others by uuid
-- expect: tenant-column-type@26:5
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
CREATE TABLE tags (
    tenant_id uuid NOT NULL,
    note_id bigint NOT NULL,
    body text,
    PRIMARY KEY (tenant_id, note_id)
);
ALTER TABLE tags ENABLE ROW LEVEL SECURITY;
ALTER TABLE tags FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tags
    USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);
CREATE TABLE labels (
    tenant_id text NOT NULL,
    note_id bigint NOT NULL,
    body text,
    PRIMARY KEY (tenant_id, note_id)
);
ALTER TABLE labels ENABLE ROW LEVEL SECURITY;
ALTER TABLE labels FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON labels
    USING (tenant_id = current_setting('app.tenant_id'))
    WITH CHECK (tenant_id = current_setting('app.tenant_id'));
