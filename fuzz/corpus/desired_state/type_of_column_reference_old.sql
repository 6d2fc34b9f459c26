CREATE TABLE accounts (id bigint, email varchar(200), tags text[]);
