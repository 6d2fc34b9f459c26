SET check_function_bodies = false;

BEGIN;

DROP PROCEDURE public.archive(integer);

DROP PROCEDURE public.purge();

CREATE PROCEDURE public.archive(keep integer, INOUT removed bigint DEFAULT 0)
    LANGUAGE plpgsql
AS $$
BEGIN DELETE FROM ledger WHERE id < keep; GET DIAGNOSTICS removed = ROW_COUNT; END $$;

COMMENT ON PROCEDURE public.add_entry(numeric) IS 'append one entry';

-- hazards: authorization_change
REVOKE EXECUTE ON PROCEDURE public.add_entry(numeric) FROM PUBLIC;

CREATE OR REPLACE PROCEDURE public.add_entry(p_amount numeric)
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path TO public
AS $$
BEGIN INSERT INTO ledger (amount) VALUES (round(p_amount, 2)); END $$;

COMMIT;
