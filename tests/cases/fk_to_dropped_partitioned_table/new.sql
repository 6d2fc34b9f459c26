-- The partitioned table goes: the key on alerts holds each of its partitions (PostgreSQL keeps
-- a copy of the key per partition), so it is dropped before any of them.
CREATE TABLE alerts (id int PRIMARY KEY, site text, taken_at date);
