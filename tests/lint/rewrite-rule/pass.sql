-- a rule between two shared tables touches no tenant's rows
-- expect: none
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
CREATE TABLE announcements (
    announcement_id bigint PRIMARY KEY,
    body text
);
CREATE TABLE announcement_log (
    announcement_id bigint NOT NULL,
    logged_at timestamptz NOT NULL DEFAULT now()
);
CREATE RULE log_announcement AS ON INSERT TO announcements
    DO ALSO INSERT INTO announcement_log (announcement_id) VALUES (NEW.announcement_id);
