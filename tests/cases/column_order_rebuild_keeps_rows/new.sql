CREATE TABLE parent (name text, id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
CREATE TABLE items (
    id serial PRIMARY KEY,
    tenant_id uuid NOT NULL,
    parent_id bigint REFERENCES parent (id),
    priority int NOT NULL DEFAULT 1,
    note text,
    touched int DEFAULT 0
);
CREATE TABLE refs (item_id int REFERENCES items (id), tenant_id uuid NOT NULL);
COMMENT ON COLUMN items.note IS 'a note';
CREATE FUNCTION bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.touched := NEW.touched + 1; RETURN NEW; END $$;
CREATE TRIGGER items_bump BEFORE INSERT ON items FOR EACH ROW EXECUTE FUNCTION bump();
ALTER TABLE items ENABLE ROW LEVEL SECURITY;
ALTER TABLE items FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON items USING (tenant_id = current_setting('app.tenant_id', true)::uuid);
CREATE VIEW item_notes AS SELECT id, note FROM items;
