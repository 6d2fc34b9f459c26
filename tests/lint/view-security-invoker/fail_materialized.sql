-- a materialized view copies every tenant
-- expect: view-security-invoker@14:26
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
CREATE MATERIALIZED VIEW note_totals AS SELECT tenant_id, count(*) AS notes FROM notes GROUP BY tenant_id
    WITH NO DATA;  -- filled at creation, the policy would read app.tenant_id (13 plans it so)
