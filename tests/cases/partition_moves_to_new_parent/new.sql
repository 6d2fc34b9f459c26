-- The old parent goes and the partition, kept with its rows, belongs to a new one: it is
-- detached before the old parent is dropped.
CREATE TABLE events (kind text NOT NULL, body text) PARTITION BY LIST (kind);
CREATE TABLE events_login PARTITION OF events FOR VALUES IN ('login');
