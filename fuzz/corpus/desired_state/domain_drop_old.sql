CREATE SCHEMA billing;
CREATE DOMAIN billing.cents AS bigint CHECK (VALUE >= 0);
CREATE DOMAIN billing.positive_cents AS billing.cents CHECK (VALUE > 0);
CREATE TABLE billing.payments (id int, amount billing.positive_cents, fee billing.cents);
