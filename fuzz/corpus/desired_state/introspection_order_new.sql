-- Objects that use one another across kinds: read back from the server, they come in the
-- order their parts exist.
CREATE TABLE base (id integer, label text);
CREATE DOMAIN base_row AS base;
CREATE TABLE uses (r base_row, id integer);
CREATE VIEW base_view AS SELECT id, label FROM base;
CREATE FUNCTION label_of(v base_view) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT v.label';
CREATE FUNCTION all_uses() RETURNS SETOF uses LANGUAGE sql STABLE AS 'SELECT * FROM uses';
CREATE FUNCTION is_even(n integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT n % 2 = 0';
CREATE DOMAIN even_number AS integer CHECK (is_even(VALUE));
CREATE FUNCTION keep_first(acc base, item base) RETURNS base LANGUAGE sql IMMUTABLE AS 'SELECT coalesce(acc, item)';
CREATE AGGREGATE first_base(base) (SFUNC = keep_first, STYPE = base);
CREATE TABLE evens (n even_number);
CREATE TABLE unrelated (id integer);
