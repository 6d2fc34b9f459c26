-- row-level security never enabled
-- expect: rls-enabled@3:14
CREATE TABLE notes (
    tenant_id uuid NOT NULL,
    note_id bigint NOT NULL,
    body text,
    PRIMARY KEY (tenant_id, note_id)
);
CREATE POLICY tenant_isolation ON notes
    USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);
