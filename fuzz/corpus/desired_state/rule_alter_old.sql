CREATE TABLE events (id int, kind text);
CREATE TABLE archive (id int, kind text);
CREATE RULE events_archive AS ON DELETE TO events DO ALSO INSERT INTO archive VALUES (old.id, old.kind);
CREATE RULE events_block AS ON UPDATE TO events DO INSTEAD NOTHING;
CREATE RULE events_ignored AS ON INSERT TO events WHERE new.kind = 'noise' DO INSTEAD NOTHING;
ALTER TABLE events DISABLE RULE events_block;
