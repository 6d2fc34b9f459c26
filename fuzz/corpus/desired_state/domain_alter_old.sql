CREATE DOMAIN quantity AS numeric(10,2) DEFAULT 0 CHECK (VALUE >= 0);
CREATE DOMAIN code AS varchar(8) NOT NULL;
ALTER DOMAIN code ADD CONSTRAINT code_upper CHECK (VALUE = upper(VALUE)) NOT VALID;
ALTER DOMAIN code ADD CONSTRAINT code_short CHECK (length(VALUE) < 8);
CREATE TABLE items (id int, qty quantity, sku code);
