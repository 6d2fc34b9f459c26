CREATE TABLE events (id bigint, kind text, room text);
ALTER TABLE events ALTER COLUMN kind SET STATISTICS 500;
ALTER TABLE events ALTER COLUMN room SET (n_distinct = -0.5);
