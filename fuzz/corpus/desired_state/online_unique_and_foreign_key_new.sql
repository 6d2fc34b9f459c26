CREATE TABLE accounts (id bigint PRIMARY KEY, email text UNIQUE);
CREATE TABLE orders (id bigint, account_id bigint NOT NULL REFERENCES accounts (id));
