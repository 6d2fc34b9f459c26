-- scoped by role, not by tenant
-- expect: policy-unscoped@11:1
CREATE TABLE notes (
    tenant_id uuid NOT NULL,
    note_id bigint NOT NULL,
    body text,
    PRIMARY KEY (tenant_id, note_id)
);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE notes FORCE ROW LEVEL SECURITY;
CREATE POLICY by_role ON notes USING (current_user = 'app') WITH CHECK (current_user = 'app');
