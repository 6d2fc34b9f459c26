CREATE SCHEMA billing;
CREATE SCHEMA audit;
CREATE TABLE billing.invoices (id int PRIMARY KEY);
CREATE TABLE audit.events (id bigserial PRIMARY KEY, invoice_id int REFERENCES billing.invoices);
