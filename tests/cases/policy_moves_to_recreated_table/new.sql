CREATE TABLE memberships (org_id int, CONSTRAINT memberships_pkey PRIMARY KEY (org_id));
CREATE TABLE orgs (id int);
ALTER TABLE orgs ENABLE ROW LEVEL SECURITY;
CREATE POLICY members ON orgs USING (id IN (SELECT org_id FROM memberships));
