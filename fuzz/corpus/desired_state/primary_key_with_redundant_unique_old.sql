CREATE TABLE orders (order_id serial PRIMARY KEY, note text);
CREATE UNIQUE INDEX ON orders (order_id);
