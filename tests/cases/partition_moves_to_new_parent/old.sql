CREATE TABLE events_old (kind text NOT NULL, body text) PARTITION BY LIST (kind);
CREATE TABLE events_login PARTITION OF events_old FOR VALUES IN ('login');
