CREATE TABLE events (id bigint, kind text, room text, state_group bigint);
ALTER TABLE events ALTER COLUMN id SET STATISTICS 1000;
ALTER TABLE events ALTER COLUMN room SET (n_distinct = -0.02, n_distinct_inherited = 100);
ALTER TABLE ONLY events ALTER COLUMN state_group SET (n_distinct = -0.02);
CREATE TABLE fresh (a int);
ALTER TABLE fresh ALTER COLUMN a SET STATISTICS 50;
