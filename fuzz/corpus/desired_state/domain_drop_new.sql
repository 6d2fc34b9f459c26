CREATE SCHEMA billing;
CREATE TABLE billing.payments (id int);
