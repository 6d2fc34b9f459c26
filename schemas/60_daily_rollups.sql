-- Per-day usage totals.
CREATE TABLE daily_rollups (
    tenant_id  uuid NOT NULL,
    day        date NOT NULL,
    metric     text NOT NULL,
    value      numeric(20,4) NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, day, metric)
);
ALTER TABLE daily_rollups ENABLE ROW LEVEL SECURITY;
ALTER TABLE daily_rollups FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON daily_rollups
    USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);
