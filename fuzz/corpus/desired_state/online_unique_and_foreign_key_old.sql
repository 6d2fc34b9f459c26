CREATE TABLE accounts (id bigint NOT NULL, email text);
CREATE TABLE orders (id bigint, account_id bigint);
