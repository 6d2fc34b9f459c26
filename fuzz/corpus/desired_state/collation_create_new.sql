CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION byte_order (lc_collate = 'C', lc_ctype = 'C');
CREATE COLLATION german FROM "und-x-icu";
COMMENT ON COLLATION case_insensitive IS 'compares ignoring case';
CREATE TABLE people (id int, name text COLLATE case_insensitive, code text COLLATE byte_order);
CREATE INDEX people_code ON people (code COLLATE german);
