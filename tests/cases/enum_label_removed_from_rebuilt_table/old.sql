-- A table rebuilt for its column order while the enum it stores loses a label: the table is
-- created with the new enum, its old values copied as text; no column is moved over twice.
CREATE TYPE note_status AS ENUM ('open', 'closed', 'spam');
CREATE TABLE notes (id int PRIMARY KEY, status note_status NOT NULL DEFAULT 'open');
