-- a current_setting of its own: under search_path public, pg_catalog the policies call it
-- expect: shadowed-builtin@14:1, policy-tenant-predicate@11:1
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
CREATE FUNCTION public.current_setting(name text) RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT '00000000-0000-0000-0000-000000000001' $$;
