-- Indexes have no row type, so an enum or domain may take an index's name.
CREATE TABLE test (id integer);
CREATE INDEX foo ON test (id);
CREATE TYPE foo AS ENUM ('a', 'b');
CREATE INDEX bar ON test (id);
CREATE DOMAIN bar AS integer;
