CREATE DOMAIN quantity AS numeric(10,2) DEFAULT 1 CHECK (VALUE >= 0) CHECK (VALUE < 1000000);
CREATE DOMAIN code AS varchar(8);
ALTER DOMAIN code ADD CONSTRAINT code_upper CHECK (VALUE = upper(VALUE));
ALTER DOMAIN code ADD CONSTRAINT code_short CHECK (length(VALUE) <= 8) NOT VALID;
ALTER DOMAIN code RENAME CONSTRAINT code_short TO code_length;
ALTER DOMAIN quantity DROP DEFAULT;
ALTER DOMAIN quantity SET DEFAULT 2;
CREATE TABLE items (id int, qty quantity, sku code);
