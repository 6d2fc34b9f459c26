CREATE TABLE orders (
    id bigint NOT NULL,
    region text NOT NULL,
    priority integer DEFAULT 0,
    notes text DEFAULT 'none'
) PARTITION BY LIST (region);

CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');
CREATE TABLE orders_us PARTITION OF orders (priority DEFAULT 10) FOR VALUES IN ('us');
CREATE TABLE orders_apac PARTITION OF orders FOR VALUES IN ('apac');

CREATE TABLE events (id bigint, kind text DEFAULT 'plain');
CREATE TABLE audit_events (who text) INHERITS (events);

CREATE TABLE readings (id bigint, site text NOT NULL, body text) PARTITION BY LIST (site);
CREATE TABLE readings_a PARTITION OF readings FOR VALUES IN ('a');
CREATE TABLE readings_b PARTITION OF readings FOR VALUES IN ('b');
ALTER TABLE readings ALTER COLUMN body SET STATISTICS 200;
