-- a configured tenant column name
-- expect: none
CREATE TABLE notes (
    org_id uuid NOT NULL,
    note_id bigint NOT NULL,
    body text,
    PRIMARY KEY (org_id, note_id)
);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE notes FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON notes
    USING (org_id = current_setting('app.org_id')::uuid)
    WITH CHECK (org_id = current_setting('app.org_id')::uuid);
