CREATE TABLE ledger (id bigserial PRIMARY KEY, amount numeric NOT NULL);
CREATE PROCEDURE add_entry(p_amount numeric) LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN INSERT INTO ledger (amount) VALUES (round(p_amount, 2)); END $$;
CREATE PROCEDURE archive(keep int, INOUT removed bigint DEFAULT 0) LANGUAGE plpgsql AS $$
BEGIN DELETE FROM ledger WHERE id < keep; GET DIAGNOSTICS removed = ROW_COUNT; END $$;
COMMENT ON PROCEDURE add_entry(numeric) IS 'append one entry';
REVOKE EXECUTE ON PROCEDURE add_entry(numeric) FROM PUBLIC;
