-- A column leaves the primary key and becomes nullable: its DROP NOT NULL waits for the old
-- key to go, also when the key is replaced online (new index built concurrently first).
CREATE TABLE orders (
  region_id int NOT NULL,
  order_id int NOT NULL,
  PRIMARY KEY (region_id, order_id)
);
