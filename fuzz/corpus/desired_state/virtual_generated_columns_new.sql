CREATE TABLE orders (
    id bigint PRIMARY KEY,
    net numeric(12,2) NOT NULL,
    tax_rate numeric(4,3) NOT NULL DEFAULT 0.2,
    gross numeric(12,2) GENERATED ALWAYS AS (net * (1 + tax_rate)) VIRTUAL,
    label text GENERATED ALWAYS AS ('order ' || id::text) STORED,
    cents bigint GENERATED ALWAYS AS ((net * 100)::bigint) VIRTUAL,
    flag integer,
    tax numeric(12,2) GENERATED ALWAYS AS (net * tax_rate) VIRTUAL
);
CREATE TABLE lines (
    order_id bigint REFERENCES orders,
    qty integer NOT NULL,
    double_qty integer GENERATED ALWAYS AS (qty * 2)
);
CREATE VIEW order_labels AS SELECT id, label, cents, tax FROM orders;
