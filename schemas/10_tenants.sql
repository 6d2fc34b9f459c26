-- One row: the tenant this database belongs to (bridge model: one database per tenant).
CREATE TABLE tenants (
    tenant_id   uuid PRIMARY KEY,
    slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]+$'),
    name        text NOT NULL,
    plan        text NOT NULL DEFAULT 'standard',
    created_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE tenants IS 'The tenant that owns this database';
