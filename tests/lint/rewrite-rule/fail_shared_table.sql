-- a rule on a table outside the tenant set whose action writes a tenant table
-- expect: rewrite-rule@18:1
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
CREATE TABLE announcements (
    announcement_id bigint PRIMARY KEY,
    body text
);
CREATE RULE purge_notes AS ON DELETE TO announcements DO ALSO DELETE FROM notes;
