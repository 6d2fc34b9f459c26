-- A policy that moves from a dropped table to the one created in its place (which takes the
-- old one's key name once it is gone) is dropped before and created after both.
CREATE TABLE memberships_old (org_id int, CONSTRAINT memberships_pkey PRIMARY KEY (org_id));
CREATE TABLE orgs (id int);
ALTER TABLE orgs ENABLE ROW LEVEL SECURITY;
CREATE POLICY members ON orgs USING (id IN (SELECT org_id FROM memberships_old));
