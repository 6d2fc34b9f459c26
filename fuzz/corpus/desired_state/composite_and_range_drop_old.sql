CREATE TYPE pair AS (a integer, b text);
CREATE TYPE span AS RANGE (SUBTYPE = numeric);
CREATE TABLE measures (id integer PRIMARY KEY, p pair, s span);
CREATE TYPE kept AS (x integer);
