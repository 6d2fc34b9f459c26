-- One row: the tenant this database belongs to (bridge model: one database per tenant).
CREATE TABLE tenants (
    tenant_id   uuid PRIMARY KEY,
    slug        text NOT NULL CHECK (slug ~ '^[a-z0-9-]+$'),
    name        text NOT NULL,
    plan        text NOT NULL DEFAULT 'standard',
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, slug)
);
COMMENT ON TABLE tenants IS 'The tenant that owns this database';
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants
    USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);
