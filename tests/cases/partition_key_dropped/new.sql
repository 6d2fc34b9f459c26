-- The key of one partition goes; the NOT NULL its key gave the partition's columns goes with
-- it (PostgreSQL leaves it), and the other partition gains NOT NULL without a key.
CREATE TABLE shipments (region text NOT NULL, id int, label text) PARTITION BY LIST (region);
CREATE TABLE shipments_eu PARTITION OF shipments FOR VALUES IN ('eu');
CREATE TABLE shipments_us PARTITION OF shipments (PRIMARY KEY (label)) FOR VALUES IN ('us');
ALTER TABLE ONLY shipments_us ALTER COLUMN id SET NOT NULL;
