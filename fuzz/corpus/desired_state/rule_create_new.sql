CREATE TABLE orders (id int PRIMARY KEY, status text, total numeric);
CREATE TABLE order_log (order_id int, old_status text, new_status text, noted_at timestamptz DEFAULT now());
CREATE RULE orders_no_delete AS ON DELETE TO orders DO INSTEAD NOTHING;
CREATE RULE orders_log_status AS ON UPDATE TO orders
    WHERE old.status IS DISTINCT FROM new.status
    DO ALSO INSERT INTO order_log VALUES (new.id, old.status, new.status);
CREATE RULE orders_touch AS ON INSERT TO orders
    DO ALSO (UPDATE order_log SET noted_at = now() WHERE order_id = new.id; NOTIFY orders_changed);
COMMENT ON RULE orders_no_delete ON orders IS 'orders are never deleted';
ALTER TABLE orders DISABLE RULE orders_touch;
