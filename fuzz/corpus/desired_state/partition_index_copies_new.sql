CREATE TABLE p (id int, at date, CONSTRAINT p_pk PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE INDEX p_id ON p (id);
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE p3 PARTITION OF p FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
-- Detached, a partition keeps its copies of the parent's index and key.
ALTER TABLE p DETACH PARTITION p3;
-- Attached, a matching index of the table becomes the parent index's copy.
CREATE TABLE loose (id int NOT NULL, at date NOT NULL);
CREATE INDEX loose_custom ON loose (id);
ALTER TABLE p ATTACH PARTITION loose FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
