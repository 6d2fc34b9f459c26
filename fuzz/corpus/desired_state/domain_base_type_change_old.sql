CREATE DOMAIN money_amount AS integer CHECK (VALUE >= 0);
CREATE TABLE invoices (id int PRIMARY KEY, total money_amount DEFAULT 0, lines money_amount[]);
INSERT INTO invoices VALUES (1, 42, '{1,2}');
