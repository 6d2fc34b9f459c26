CREATE TABLE t (id int, legacy text, code text UNIQUE);
CREATE INDEX t_legacy_idx ON t (legacy);
