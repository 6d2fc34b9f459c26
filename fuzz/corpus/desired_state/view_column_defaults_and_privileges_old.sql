DO $$ BEGIN CREATE ROLE view_reader NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE notes (id bigint, body text, state text);
CREATE VIEW open_notes AS SELECT id, body, state FROM notes WHERE state = 'open';
ALTER VIEW open_notes ALTER COLUMN state SET DEFAULT 'open';
ALTER VIEW open_notes ALTER COLUMN body SET DEFAULT '';
GRANT SELECT (id, body) ON open_notes TO view_reader;
