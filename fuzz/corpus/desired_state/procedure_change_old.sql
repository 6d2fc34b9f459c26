CREATE TABLE ledger (id bigserial PRIMARY KEY, amount numeric NOT NULL);
CREATE PROCEDURE add_entry(p_amount numeric) LANGUAGE plpgsql AS $$
BEGIN INSERT INTO ledger (amount) VALUES (p_amount); END $$;
CREATE PROCEDURE purge() LANGUAGE sql AS $$ DELETE FROM ledger $$;
CREATE PROCEDURE archive(keep int) LANGUAGE sql AS $$ DELETE FROM ledger WHERE id < keep $$;
