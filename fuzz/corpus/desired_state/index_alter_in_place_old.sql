CREATE TABLE items (id bigint PRIMARY KEY, title text, tags text[]);
CREATE INDEX items_title ON items (title) WITH (fillfactor = 70, deduplicate_items = off);
CREATE INDEX items_lower ON items (lower(title), id);
ALTER INDEX items_lower ALTER COLUMN 1 SET STATISTICS 200;
CREATE TABLE parts (id int, at date) PARTITION BY RANGE (at);
CREATE TABLE parts_2024 PARTITION OF parts FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
