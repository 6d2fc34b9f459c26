CREATE TABLE docs (id int, owner_name text);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
