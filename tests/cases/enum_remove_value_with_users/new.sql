CREATE TYPE status AS ENUM ('active', 'disabled');
CREATE TABLE accounts (id int PRIMARY KEY, s status DEFAULT 'active' CHECK (s <> 'disabled'));
CREATE INDEX accounts_s ON accounts (s);
CREATE VIEW active_accounts AS SELECT id, s FROM accounts WHERE s = 'active';
CREATE FUNCTION is_live(x status) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT x = 'active' $$;
