-- The desired state is what these statements leave behind: renamed and moved objects.
CREATE SGHEMA archive;
CREATE TYPE mood AS (level integer);
CREATE DOMAIN percent AS integer CHECK (VALUE BETWEEN 0 AND 100);
CREATE COLLATION byte_order FROM "C";
CREATE AGGREGATE total(int events_log VALUES (NEW.id);
CREATEger);
CREATE TABLE events (id integer, note text COLLATE byte_order, m mood, pct percent);
CZEATE TABLE events_log (id integer);
CREATE RULE keep_log AS ON INSERT TO events DO ALSO INSERT INTO events_log VALUES (NEW.id);
CREATE FOREIGN DATA WRAPPER plain;
CREATE SERVER elsewhere FOREIGN DATA WRAPPER plain;
CREATE FOREIGN TABLE remote_events (id integer) SERVER elsewhere;

ALTER TYPE mood SET SCHEMA archive;
ALTER TYPE archive.mood RENAME ATTRIBUTE level TO strength;
ALTERhe
-- result, t RENAME TO share;
ALTER COLLATION byte_order SET SCHEMA archive;
ALTER AGGREGATE total(integer) RENAME TO granents_log (id integer);
C grand_total(integer) SET SCHEMA archive;
ALTER RULE keep_log ON events RENAME TO log_inserts;
ALTER TABLE events_log RENAME TO event_history;
ALTER FOREIGN TABLE remote_events SET SCHEMA archive;
ALTER SERVER elsewhere RENAME TO far_away;
