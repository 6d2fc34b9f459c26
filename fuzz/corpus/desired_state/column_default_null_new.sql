-- A NULL default that stays a bare NULL constant is stored as no default at all; one that
-- goes through a length coercion, another type or a domain is stored.
CREATE DOMAIN label AS text DEFAULT NULL;
CREATE TABLE people (
    id int DEFAULT NULL::integer,
    bio text DEFAULT NULL,
    nick varchar(10) DEFAULT NULL,
    tag label DEFAULT NULL,
    score int DEFAULT 0,
    note text DEFAULT NULL::varchar
);
ALTER TABLE people ALTER COLUMN score SET DEFAULT NULL;
