CREATE TABLE events (id bigint PRIMARY KEY, code text NOT NULL, payload jsonb);
CREATE TABLE audit (id bigint NOT NULL, at timestamptz NOT NULL);
ALTER TABLE audit REPLICA IDENTITY FULL;
CREATE TABLE logs (id bigint NOT NULL, line text);
