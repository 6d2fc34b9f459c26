CREATE TYPE money_pair AS (amount numeric, currency text);
CREATE TABLE prices (id int, price money_pair);
INSERT INTO prices VALUES (1, ROW(9.99, 'EUR'));
