CREATE TABLE docs (id bigint, body text, meta jsonb, amount numeric, raw bytea COMPRESSION pglz, note text);
-- Storage named as the type's own is no setting at all.
ALTER TABLE docs ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE docs ALTER COLUMN amount SET STORAGE EXTERNAL;
ALTER TABLE docs ALTER COLUMN note SET STORAGE MAIN;
ALTER TABLE docs ALTER COLUMN note SET COMPRESSION pglz;
CREATE TABLE fresh (a text COMPRESSION pglz, b varchar(10));
ALTER TABLE fresh ALTER COLUMN b SET STORAGE EXTERNAL;
-- A new type brings its own storage.
ALTER TABLE fresh ALTER COLUMN b TYPE integer USING 0;
