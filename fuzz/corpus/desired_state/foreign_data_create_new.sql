DO $$ BEGIN CREATE ROLE fdw_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE EXTENSION postgres_fdw;
CREATE FOREIGN DATA WRAPPER pg_remote HANDLER postgres_fdw_handler VALIDATOR postgres_fdw_validator;
CREATE SERVER warehouse TYPE 'postgresql' VERSION '15' FOREIGN DATA WRAPPER pg_remote
    OPTIONS (host 'warehouse.internal', dbname 'dw', port '5432');
CREATE USER MAPPING FOR fdw_reader SERVER warehouse OPTIONS (user 'reader');
CREATE USER MAPPING FOR PUBLIC SERVER warehouse;
GRANT USAGE ON FOREIGN SERVER warehouse TO fdw_reader;
COMMENT ON SERVER warehouse IS 'the data warehouse';
CREATE SCHEMA remote;
CREATE FOREIGN TABLE remote.sales (
    id bigint OPTIONS (column_name 'sale_id') NOT NULL,
    amount numeric(12,2),
    sold_at timestamptz DEFAULT now(),
    CONSTRAINT positive CHECK (amount > 0)
) SERVER warehouse OPTIONS (schema_name 'public', table_name 'sales');
COMMENT ON FOREIGN TABLE remote.sales IS 'sales in the warehouse';
GRANT SELECT ON remote.sales TO fdw_reader;
