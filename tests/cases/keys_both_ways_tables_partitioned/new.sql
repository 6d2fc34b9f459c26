-- Both tables become partitioned (rebuilt) while their keys point at each other: the keys go
-- first, on their own, then the tables.
CREATE TABLE accounts (region text NOT NULL, code text NOT NULL, owner_code text, UNIQUE (region, code))
    PARTITION BY LIST (region);
CREATE TABLE accounts_eu PARTITION OF accounts FOR VALUES IN ('eu');
CREATE TABLE owners (region text NOT NULL, code text NOT NULL, account_code text, UNIQUE (region, code))
    PARTITION BY LIST (region);
CREATE TABLE owners_eu PARTITION OF owners FOR VALUES IN ('eu');
ALTER TABLE accounts ADD CONSTRAINT accounts_owner_fk FOREIGN KEY (region, owner_code) REFERENCES owners (region, code);
ALTER TABLE owners ADD CONSTRAINT owners_account_fk FOREIGN KEY (region, account_code) REFERENCES accounts (region, code);
