CREATE TYPE address AS (street text, city text, country text);
CREATE TYPE unused_pair AS (a bigint, b int);
COMMENT ON COLUMN address.country IS 'ISO code';
CREATE TABLE customers (id int, home address);
