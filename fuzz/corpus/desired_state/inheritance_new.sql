CREATE TABLE base (id int, created timestamptz DEFAULT now(), CHECK (id > 0));
CREATE TABLE child (extra text) INHERITS (base);
CREATE TABLE other (id int, created timestamptz, more int, CONSTRAINT base_id_check CHECK (id > 0));
ALTER TABLE other INHERIT base;
