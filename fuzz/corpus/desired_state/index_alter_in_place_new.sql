CREATE TABLE items (id bigint PRIMARY KEY, title text, tags text[]);
CREATE INDEX items_title ON items (title) WITH (fillfactor = 80);
CREATE INDEX items_lower ON items (lower(title), id);
ALTER INDEX items_lower ALTER COLUMN 1 SET STATISTICS 500;
CREATE INDEX items_tags ON items USING gin (tags);
ALTER INDEX items_tags SET (fastupdate = off);
CREATE INDEX items_upper ON items (upper(title));
ALTER INDEX items_upper ALTER COLUMN 1 SET STATISTICS 1000;
ALTER INDEX items_pkey SET (fillfactor = 90);
CREATE TABLE parts (id int, at date) PARTITION BY RANGE (at);
CREATE TABLE parts_2024 PARTITION OF parts FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- The way pg_dump writes a partitioned index: ON ONLY the parent, then each partition's attached.
CREATE INDEX parts_id ON ONLY parts (id);
CREATE INDEX parts_2024_id_idx ON parts_2024 (id);
ALTER INDEX parts_id ATTACH PARTITION parts_2024_id_idx;
