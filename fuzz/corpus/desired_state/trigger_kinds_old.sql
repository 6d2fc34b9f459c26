CREATE TABLE accounts (id int PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
CREATE TABLE events (id bigint, tenant_id int, at timestamptz NOT NULL, payload jsonb) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE FUNCTION check_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN IF NEW.balance < 0 THEN RAISE EXCEPTION 'negative balance'; END IF; RETURN NULL; END $$;
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER accounts_stamp BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION stamp();
CREATE TRIGGER accounts_audit AFTER DELETE ON accounts FOR EACH STATEMENT EXECUTE FUNCTION stamp();
