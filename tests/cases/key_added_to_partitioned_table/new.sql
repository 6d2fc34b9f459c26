-- A key added to the partitioned table after its partitions: its NOT NULL reaches them too,
-- so nothing is planned for the partitions' columns.
CREATE TABLE visits (site text, id int) PARTITION BY LIST (site);
CREATE TABLE visits_a PARTITION OF visits FOR VALUES IN ('a');
CREATE TABLE visits_b PARTITION OF visits FOR VALUES IN ('b');
ALTER TABLE visits ADD CONSTRAINT visits_pkey PRIMARY KEY (site, id);
