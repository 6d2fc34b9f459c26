-- a restrictive scoped policy for SELECT alone leaves writes open to every tenant
-- expect: policy-unscoped@11:1, policy-tenant-predicate@11:1
CREATE TABLE notes (
    tenant_id uuid NOT NULL,
    note_id bigint NOT NULL,
    body text,
    PRIMARY KEY (tenant_id, note_id)
);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE notes FORCE ROW LEVEL SECURITY;
CREATE POLICY everything ON notes USING (true);
CREATE POLICY tenant_reads ON notes AS RESTRICTIVE FOR SELECT
    USING (tenant_id = current_setting('app.tenant_id')::uuid);
