BEGIN;

CREATE SCHEMA billing;

CREATE SEQUENCE billing.invoice_numbers;

CREATE TABLE billing.invoices (
    id integer NOT NULL,
    total numeric,
    CONSTRAINT invoices_pkey PRIMARY KEY (id)
);

CREATE INDEX invoices_total ON billing.invoices USING btree (total);

CREATE VIEW billing.big_invoices (id) AS
SELECT id FROM billing.invoices WHERE total > 1000;

COMMIT;
