CREATE TYPE money_pair AS (currency text, amount numeric(12,2), note text);
CREATE TABLE prices (id int, price money_pair);
