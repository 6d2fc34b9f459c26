-- A foreign key's check of existing rows reads the referenced table as its owner; with row-level
-- security forced the owner sees only the rows its policies admit, so the table is unforced
-- around the check, in the same transaction.
CREATE TABLE projects (tenant_id uuid NOT NULL, id int NOT NULL, PRIMARY KEY (tenant_id, id));
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE projects FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON projects USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);
CREATE TABLE tasks (tenant_id uuid NOT NULL, id int NOT NULL, project_id int, PRIMARY KEY (tenant_id, id));
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
ALTER TABLE tasks FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON tasks USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);
