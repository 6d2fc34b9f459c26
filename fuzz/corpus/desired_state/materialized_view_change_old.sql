CREATE TABLE orders (id int PRIMARY KEY, tenant_id int NOT NULL, amount numeric(12,2), placed_at timestamptz);
CREATE MATERIALIZED VIEW order_totals AS
  SELECT tenant_id, sum(amount) AS total FROM orders GROUP BY tenant_id;
CREATE UNIQUE INDEX order_totals_tenant ON order_totals (tenant_id);
COMMENT ON MATERIALIZED VIEW order_totals IS 'per-tenant totals';
CREATE MATERIALIZED VIEW daily_orders AS
  SELECT date_trunc('day', placed_at) AS day, count(*) AS n FROM orders GROUP BY 1 WITH NO DATA;
CREATE MATERIALIZED VIEW recent_orders AS SELECT id, amount FROM orders WHERE placed_at > '2024-01-01';
CREATE INDEX recent_orders_amount ON recent_orders (amount);
