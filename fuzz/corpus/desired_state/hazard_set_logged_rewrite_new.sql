CREATE TABLE events (id bigint, payload jsonb);
CREATE TABLE counters (id int, n bigint);
DROP TABLE counters;
