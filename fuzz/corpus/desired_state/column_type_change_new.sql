CREATE TABLE t (id bigint PRIMARY KEY, amount numeric(12,2) DEFAULT 0, name text);
CREATE INDEX ON t (name);
