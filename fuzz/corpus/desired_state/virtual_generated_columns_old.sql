-- PostgreSQL 18's virtual generated columns: one added without a table rewrite, and columns
-- turned from stored to virtual, virtual to stored, and virtual to plain.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    net numeric(12,2) NOT NULL,
    tax_rate numeric(4,3) NOT NULL DEFAULT 0.2,
    gross numeric(12,2) GENERATED ALWAYS AS (net * (1 + tax_rate)) STORED,
    label text GENERATED ALWAYS AS ('order ' || id::text) VIRTUAL,
    cents bigint GENERATED ALWAYS AS ((net * 100)::bigint) VIRTUAL,
    flag integer GENERATED ALWAYS AS (1) VIRTUAL
);
CREATE TABLE lines (
    order_id bigint REFERENCES orders,
    qty integer NOT NULL,
    -- pg_dump 18 prints a virtual column without a keyword
    double_qty integer GENERATED ALWAYS AS (qty * 2)
);
