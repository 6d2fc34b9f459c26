-- Both tables go. Memberships references organizations; a policy of organizations reads
-- memberships: neither DROP TABLE can go first until the policy is dropped on its own.
CREATE TABLE organizations (id int PRIMARY KEY, name text);
CREATE TABLE memberships (
  organization_id int NOT NULL REFERENCES organizations (id),
  user_name text NOT NULL
);
ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_reads ON organizations FOR SELECT
  USING (EXISTS (SELECT 1 FROM memberships m WHERE m.organization_id = organizations.id AND m.user_name = current_user));
CREATE TABLE kept (id int);
