CREATE TABLE items (
  id int PRIMARY KEY,
  code text,
  price numeric CHECK (price > 0)
);
