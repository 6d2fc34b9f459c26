CREATE TABLE events (id int, kind text);
CREATE TABLE archive (id int, kind text);
CREATE RULE events_archive AS ON DELETE TO events WHERE old.kind <> 'temp' DO ALSO INSERT INTO archive VALUES (old.id, old.kind);
CREATE RULE events_block AS ON UPDATE TO events DO INSTEAD NOTHING;
