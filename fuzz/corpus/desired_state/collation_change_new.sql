CREATE COLLATION loose (provider = icu, locale = 'und-u-ks-level1', deterministic = false);
CREATE TABLE tags (id int, label text COLLATE loose);
