CREATE TABLE events (id bigint PRIMARY KEY, code text NOT NULL, payload jsonb);
CREATE UNIQUE INDEX events_code ON events (code);
ALTER TABLE events REPLICA IDENTITY USING INDEX events_code;
CREATE TABLE audit (id bigint NOT NULL, at timestamptz NOT NULL);
CREATE TABLE logs (id bigint NOT NULL, line text);
ALTER TABLE logs REPLICA IDENTITY NOTHING;
CREATE TABLE changes (id bigint PRIMARY KEY, note text);
ALTER TABLE changes REPLICA IDENTITY USING INDEX changes_pkey;
