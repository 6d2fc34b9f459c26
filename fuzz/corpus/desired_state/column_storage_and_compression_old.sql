CREATE TABLE docs (id bigint, body text, meta jsonb, amount numeric, raw bytea);
ALTER TABLE docs ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE docs ALTER COLUMN meta SET COMPRESSION pglz;
ALTER TABLE docs ALTER COLUMN raw SET STORAGE MAIN;
