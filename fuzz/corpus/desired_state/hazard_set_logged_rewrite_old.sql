CREATE UNLOGGED TABLE events (id bigint, payload jsonb);
CREATE TABLE counters (id int, n int);
