CREATE COLLATION loose (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE tags (id int, label text COLLATE loose);
INSERT INTO tags VALUES (1, 'Alpha');
