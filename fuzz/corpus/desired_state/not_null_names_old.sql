CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    region text CONSTRAINT region_required NOT NULL,
    note text
);
CREATE TABLE events (
    id bigint NOT NULL,
    kind text NOT NULL,
    at timestamptz NOT NULL
) PARTITION BY RANGE (at);
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE base_items (sku text NOT NULL, label text);
CREATE TABLE special_items (extra integer) INHERITS (base_items);
