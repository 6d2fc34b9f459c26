-- the same with row_security off (files only: roles are the cluster's)
-- expect: security-definer-owner@15:1
CREATE ROLE report_owner NOLOGIN BYPASSRLS;
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
CREATE FUNCTION note_count() RETURNS bigint
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public SET row_security = off
    AS $$ SELECT count(*) FROM public.notes $$;
ALTER FUNCTION note_count() OWNER TO report_owner;
