CREATE DOMAIN money_amount AS bigint CHECK (VALUE >= 0);
COMMENT ON DOMAIN money_amount IS 'in cents';
CREATE TABLE invoices (id int PRIMARY KEY, total money_amount DEFAULT 0, lines money_amount[]);
