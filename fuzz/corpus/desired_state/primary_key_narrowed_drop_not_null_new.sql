CREATE TABLE orders (
  region_id int,
  order_id int PRIMARY KEY
);
