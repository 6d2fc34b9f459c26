-- People, roles, and who holds which role.
CREATE TABLE users (
    tenant_id     uuid NOT NULL REFERENCES tenants (tenant_id),
    user_id       uuid NOT NULL DEFAULT gen_random_uuid(),
    email         text NOT NULL,
    display_name  text,
    disabled      boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, user_id),
    UNIQUE (tenant_id, email)
);
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON users
    USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);

CREATE TABLE roles (
    tenant_id    uuid NOT NULL REFERENCES tenants (tenant_id),
    role_name    text NOT NULL,
    description  text,
    PRIMARY KEY (tenant_id, role_name)
);
ALTER TABLE roles ENABLE ROW LEVEL SECURITY;
ALTER TABLE roles FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON roles
    USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);

CREATE TABLE user_roles (
    tenant_id   uuid NOT NULL,
    user_id     uuid NOT NULL,
    role_name   text NOT NULL,
    granted_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, user_id, role_name),
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, user_id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, role_name) REFERENCES roles (tenant_id, role_name) ON DELETE CASCADE
);
COMMENT ON TABLE user_roles IS 'Role grants; a user may hold several roles';
ALTER TABLE user_roles ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_roles FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON user_roles
    USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);
