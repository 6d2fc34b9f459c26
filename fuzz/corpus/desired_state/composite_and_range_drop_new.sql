CREATE TABLE measures (id integer PRIMARY KEY);
CREATE TYPE kept AS (x integer);
