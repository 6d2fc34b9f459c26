-- Versioned deployment manifests.
CREATE TABLE manifests (
    tenant_id    uuid NOT NULL REFERENCES tenants (tenant_id),
    manifest_id  bigint GENERATED ALWAYS AS IDENTITY,
    name         text NOT NULL,
    version      integer NOT NULL DEFAULT 1 CHECK (version > 0),
    state        manifest_state NOT NULL DEFAULT 'draft',
    body         jsonb NOT NULL DEFAULT '{}',
    created_by   uuid NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, manifest_id),
    UNIQUE (tenant_id, name, version),
    FOREIGN KEY (tenant_id, created_by) REFERENCES users (tenant_id, user_id)
);
CREATE INDEX manifests_tenant_state_idx ON manifests (tenant_id, state) WHERE state <> 'archived';
ALTER TABLE manifests ENABLE ROW LEVEL SECURITY;
ALTER TABLE manifests FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON manifests
    USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);
