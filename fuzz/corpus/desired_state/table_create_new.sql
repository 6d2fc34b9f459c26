CREATE TABLE tenants (id uuid PRIMARY KEY);
CREATE TABLE users (
    tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id bigint GENERATED ALWAYS AS IDENTITY,
    email varchar(320) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, email)
);
COMMENT ON TABLE users IS 'people who sign in';
COMMENT ON COLUMN users.email IS 'login address';
