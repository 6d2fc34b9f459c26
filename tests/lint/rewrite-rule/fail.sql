-- a rule on a tenant table runs its action with the owner's rights
-- expect: rewrite-rule@21:1
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
CREATE TABLE audit (
    tenant_id uuid NOT NULL,
    audit_id bigint NOT NULL,
    PRIMARY KEY (tenant_id, audit_id)
);
ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit FORCE ROW LEVEL SECURITY;
CREATE RULE wipe_audit AS ON INSERT TO notes DO ALSO DELETE FROM audit;
CREATE POLICY tenant_isolation ON audit
    USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);
