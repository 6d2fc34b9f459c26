-- A typed table's columns change with its type (ALTER TYPE ... CASCADE).
CREATE TYPE person AS (name text, born date, email text);
CREATE TABLE people OF person (name PRIMARY KEY, born WITH OPTIONS NOT NULL DEFAULT '2000-01-01');
ALTER TABLE people ALTER COLUMN email SET DEFAULT 'none';
CREATE TABLE loose (name text, born date, email text);
ALTER TABLE loose OF person;
CREATE TABLE was_typed (name text, born date, email text);
CREATE TYPE pet AS (name text);
CREATE TABLE pets OF pet;
ALTER TYPE pet ADD ATTRIBUTE species text CASCADE;
