CREATE TABLE accounts (region text NOT NULL, code text NOT NULL, owner_code text, UNIQUE (region, code));
CREATE TABLE owners (region text NOT NULL, code text NOT NULL, account_code text, UNIQUE (region, code));
ALTER TABLE accounts ADD CONSTRAINT accounts_owner_fk FOREIGN KEY (region, owner_code) REFERENCES owners (region, code);
ALTER TABLE owners ADD CONSTRAINT owners_account_fk FOREIGN KEY (region, account_code) REFERENCES accounts (region, code);
