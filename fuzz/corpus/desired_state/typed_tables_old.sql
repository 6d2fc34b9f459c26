CREATE TYPE person AS (name text, born date);
CREATE TABLE people OF person (name PRIMARY KEY);
CREATE TABLE loose (name text, born date);
CREATE TABLE was_typed OF person;
