CREATE TABLE outside (x int);
-- The elements are created in the new schema, as PostgreSQL creates them.
CREATE SCHEMA billing
  CREATE TABLE invoices (id int PRIMARY KEY, total numeric)
  CREATE VIEW big_invoices AS SELECT id FROM invoices WHERE total > 1000
  CREATE INDEX invoices_total ON invoices (total)
  CREATE SEQUENCE invoice_numbers;
