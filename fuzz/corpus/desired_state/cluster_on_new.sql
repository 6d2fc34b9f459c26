CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz, kind text);
CREATE INDEX events_at ON events (at);
CREATE INDEX events_kind ON events (kind);
ALTER TABLE events CLUSTER ON events_kind;
CREATE TABLE logs (id bigint PRIMARY KEY, line text);
-- The index a table is clustered on changes: built again, it is clustered on again.
CREATE TABLE audit (id bigint NOT NULL, at date NOT NULL);
CREATE UNIQUE INDEX audit_id ON audit (id, at);
ALTER TABLE audit REPLICA IDENTITY USING INDEX audit_id;
ALTER TABLE audit CLUSTER ON audit_id;
CREATE TABLE fresh (id int PRIMARY KEY);
ALTER TABLE fresh CLUSTER ON fresh_pkey;
ALTER INDEX fresh_pkey RENAME TO fresh_key;
CREATE TABLE gone (id int);
CREATE INDEX gone_id ON gone (id);
ALTER TABLE gone CLUSTER ON gone_id;
-- Dropping the index takes the setting with it.
DROP INDEX gone_id;
