-- called through a security_invoker view: the view checks the caller, the function does not (files only: roles are the cluster's)
-- expect: security-definer-owner@15:1
CREATE ROLE report_owner NOLOGIN SUPERUSER;
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
CREATE FUNCTION all_note_bodies() RETURNS SETOF text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ BEGIN RETURN QUERY SELECT body FROM notes; END $$;
ALTER FUNCTION all_note_bodies() OWNER TO report_owner;
CREATE VIEW note_bodies WITH (security_invoker = true) AS SELECT b FROM all_note_bodies() AS b;
