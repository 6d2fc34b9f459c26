CREATE TYPE address AS (street text, city text, zip int);
CREATE TYPE unused_pair AS (a int, b int);
CREATE TABLE customers (id int, home address);
INSERT INTO customers VALUES (1, ROW('Main St', 'Springfield', 12345));
