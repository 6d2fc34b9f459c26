-- Append-only audit trail.
CREATE TABLE audit_log (
    tenant_id    uuid NOT NULL,
    event_id     bigint GENERATED ALWAYS AS IDENTITY,
    actor_id     uuid,
    action       text NOT NULL,
    object_type  text NOT NULL,
    object_id    text,
    details      jsonb NOT NULL DEFAULT '{}',
    occurred_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, event_id)
);
CREATE INDEX audit_log_tenant_time_idx ON audit_log (tenant_id, occurred_at DESC);
CREATE INDEX audit_log_object_idx ON audit_log (tenant_id, object_type, object_id);
COMMENT ON TABLE audit_log IS 'Who did what, when; rows are never updated';
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_log
    USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);
