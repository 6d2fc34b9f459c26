-- The parent's defaults change; the statements reach every partition, and a partition that
-- keeps its own default (or none) gets it back after them.
CREATE TABLE orders (
    id bigint NOT NULL,
    region text NOT NULL,
    priority integer DEFAULT 1,
    notes text
) PARTITION BY LIST (region);

CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');
CREATE TABLE orders_us PARTITION OF orders (priority DEFAULT 10, notes DEFAULT 'us') FOR VALUES IN ('us');
CREATE TABLE orders_apac PARTITION OF orders FOR VALUES IN ('apac');
ALTER TABLE ONLY orders_apac ALTER COLUMN priority DROP DEFAULT;

CREATE TABLE events (id bigint, kind text);
CREATE TABLE audit_events (who text) INHERITS (events);
-- Without ONLY it reaches the child too.
ALTER TABLE events ALTER COLUMN kind SET DEFAULT 'event';

-- A new partition without the parent's default.
CREATE TABLE orders_latam PARTITION OF orders FOR VALUES IN ('latam');
ALTER TABLE ONLY orders_latam ALTER COLUMN priority DROP DEFAULT;

-- Statistics targets and storage reach the partitions too; comments, options and privileges
-- of a partition's column are its own.
CREATE TABLE readings (id bigint, site text NOT NULL, body text) PARTITION BY LIST (site);
CREATE TABLE readings_a PARTITION OF readings FOR VALUES IN ('a');
CREATE TABLE readings_b PARTITION OF readings FOR VALUES IN ('b');
ALTER TABLE readings ALTER COLUMN body SET STATISTICS 500;
ALTER TABLE readings ALTER COLUMN body SET STORAGE MAIN;
ALTER TABLE ONLY readings_b ALTER COLUMN body SET STATISTICS 50;
COMMENT ON COLUMN readings_a.body IS 'site a';
ALTER TABLE ONLY readings_a ALTER COLUMN body SET (n_distinct = 5);
GRANT SELECT (body) ON readings_a TO PUBLIC;
