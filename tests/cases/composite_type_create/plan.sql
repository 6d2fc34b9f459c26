BEGIN;

CREATE TYPE geo.point2 AS (x double precision, y double precision);

CREATE TYPE geo.place AS (name text COLLATE pg_catalog."C", at geo.point2, tags text[]);

CREATE TABLE geo.visits (
    id integer,
    place geo.place,
    route geo.point2[]
);

COMMENT ON TYPE geo.place IS 'a named point';

COMMENT ON COLUMN geo.place.at IS 'where it is';

COMMIT;
