CREATE SCHEMA geo;
CREATE TYPE geo.point2 AS (x double precision, y double precision);
CREATE TYPE geo.place AS (name text COLLATE "C", at geo.point2, tags text[]);
COMMENT ON TYPE geo.place IS 'a named point';
COMMENT ON COLUMN geo.place.at IS 'where it is';
CREATE TABLE geo.visits (id int, place geo.place, route geo.point2[]);
