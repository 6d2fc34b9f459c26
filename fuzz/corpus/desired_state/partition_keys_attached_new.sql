-- A partitioned table's keys and indexes as pg_dump writes them: built on each table alone,
-- then the partitions' indexes attached to the parent's.
CREATE TABLE pay (id int NOT NULL, d date NOT NULL, note text) PARTITION BY RANGE (d);
CREATE TABLE pay_1 (id int NOT NULL, d date NOT NULL, note text);
ALTER TABLE ONLY pay ATTACH PARTITION pay_1 FOR VALUES FROM ('2022-01-01') TO ('2022-02-01');
CREATE TABLE pay_2 (id int NOT NULL, d date NOT NULL, note text);
ALTER TABLE ONLY pay ATTACH PARTITION pay_2 FOR VALUES FROM ('2022-02-01') TO ('2022-03-01');
ALTER TABLE ONLY pay ADD CONSTRAINT pay_pkey PRIMARY KEY (d, id);
ALTER TABLE ONLY pay_1 ADD CONSTRAINT pay_1_pkey PRIMARY KEY (d, id);
ALTER TABLE ONLY pay_2 ADD CONSTRAINT pay_2_pkey PRIMARY KEY (d, id);
CREATE INDEX pay_note ON ONLY pay USING btree (note);
CREATE INDEX pay_1_note_idx ON pay_1 USING btree (note);
CREATE INDEX pay_2_note_idx ON pay_2 USING btree (note);
ALTER INDEX pay_pkey ATTACH PARTITION pay_1_pkey;
ALTER INDEX pay_pkey ATTACH PARTITION pay_2_pkey;
ALTER INDEX pay_note ATTACH PARTITION pay_1_note_idx;
ALTER INDEX pay_note ATTACH PARTITION pay_2_note_idx;
