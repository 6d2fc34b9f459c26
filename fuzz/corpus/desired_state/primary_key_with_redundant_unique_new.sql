CREATE TABLE orders (order_id integer PRIMARY KEY UNIQUE, note text UNIQUE);
