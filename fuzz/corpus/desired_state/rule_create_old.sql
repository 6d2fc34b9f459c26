CREATE TABLE orders (id int PRIMARY KEY, status text, total numeric);
CREATE TABLE order_log (order_id int, old_status text, new_status text, noted_at timestamptz DEFAULT now());
