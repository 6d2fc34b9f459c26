-- restrictive policies allow nothing on their own
-- expect: policy-coverage@3:14
CREATE TABLE notes (
    tenant_id uuid NOT NULL,
    note_id bigint NOT NULL,
    body text,
    PRIMARY KEY (tenant_id, note_id)
);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE notes FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON notes AS RESTRICTIVE USING (tenant_id = current_setting('app.tenant_id')::uuid) WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);
