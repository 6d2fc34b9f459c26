CREATE FUNCTION next_code() RETURNS text LANGUAGE sql AS $$ SELECT md5(random()::text) $$;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE FUNCTION is_positive(numeric) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 > 0 $$;
CREATE TABLE items (
  id int PRIMARY KEY,
  code text DEFAULT next_code(),
  price numeric CHECK (is_positive(price))
);
CREATE TRIGGER items_touch BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION touch();
CREATE INDEX items_positive ON items (id) WHERE is_positive(price);
CREATE VIEW item_codes AS SELECT id, next_code() AS fresh FROM items;
