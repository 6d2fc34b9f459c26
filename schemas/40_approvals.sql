-- Review decisions on manifests.
CREATE TABLE approvals (
    tenant_id     uuid NOT NULL,
    approval_id   bigint GENERATED ALWAYS AS IDENTITY,
    manifest_id   bigint NOT NULL,
    requested_by  uuid NOT NULL,
    decided_by    uuid,
    decision      approval_decision NOT NULL DEFAULT 'pending',
    reason        text,
    requested_at  timestamptz NOT NULL DEFAULT now(),
    decided_at    timestamptz,
    PRIMARY KEY (tenant_id, approval_id),
    FOREIGN KEY (tenant_id, manifest_id) REFERENCES manifests (tenant_id, manifest_id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, requested_by) REFERENCES users (tenant_id, user_id),
    FOREIGN KEY (tenant_id, decided_by) REFERENCES users (tenant_id, user_id),
    CHECK (decision = 'pending' OR (decided_by IS NOT NULL AND decided_at IS NOT NULL))
);
CREATE INDEX approvals_pending_idx ON approvals (tenant_id, manifest_id) WHERE decision = 'pending';
ALTER TABLE approvals ENABLE ROW LEVEL SECURITY;
ALTER TABLE approvals FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON approvals
    USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);
