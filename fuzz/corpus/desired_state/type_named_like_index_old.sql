CREATE TABLE test (id integer);
CREATE INDEX foo ON test (id);
