-- On PostgreSQL 18 a NOT NULL is a named constraint: renaming a table or a column keeps the
-- name it had, so the plan renames it to what a fresh load of this file names it.
-- pgfleet:renamed-from accounts
CREATE TABLE customers (
    id bigint PRIMARY KEY,
    email_address text NOT NULL, -- pgfleet:renamed-from email
    region text CONSTRAINT region_required NOT NULL,
    note text CONSTRAINT note_present NOT NULL,
    tier text DEFAULT 'basic' CONSTRAINT tier_set NOT NULL
);
-- Renamed on the partitioned table, the partition's inherited NOT NULL follows.
CREATE TABLE events (
    id bigint NOT NULL,
    kind text CONSTRAINT kind_given NOT NULL,
    at timestamptz NOT NULL
) PARTITION BY RANGE (at);
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE events_2027 PARTITION OF events (id CONSTRAINT event_id_2027 NOT NULL)
    FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
-- pgfleet:renamed-from base_items
CREATE TABLE catalog_items (sku text NOT NULL, label text);
CREATE TABLE special_items (extra integer) INHERITS (catalog_items);
CREATE TABLE special_items_local (sku text, label text CONSTRAINT label_given NOT NULL) INHERITS (catalog_items);
-- LIKE copies the NOT NULL constraints with their names.
CREATE TABLE archived_customers (LIKE customers);
