BEGIN;

CREATE SCHEMA remote;

CREATE FOREIGN DATA WRAPPER pg_remote HANDLER public.postgres_fdw_handler VALIDATOR public.postgres_fdw_validator;

CREATE SERVER warehouse TYPE 'postgresql' VERSION '15' FOREIGN DATA WRAPPER pg_remote OPTIONS (host 'warehouse.internal', dbname 'dw', port '5432');

CREATE FOREIGN TABLE remote.sales (
    id bigint OPTIONS (column_name 'sale_id') NOT NULL,
    amount numeric(12,2),
    sold_at timestamp with time zone DEFAULT now(),
    CONSTRAINT positive CHECK ((amount > 0))
) SERVER warehouse OPTIONS (schema_name 'public', table_name 'sales');

-- hazards: authorization_change
CREATE USER MAPPING FOR PUBLIC SERVER warehouse;

-- hazards: authorization_change
CREATE USER MAPPING FOR fdw_reader SERVER warehouse OPTIONS ("user" 'reader');

COMMENT ON FOREIGN TABLE remote.sales IS 'sales in the warehouse';

-- hazards: authorization_change
GRANT SELECT ON TABLE remote.sales TO fdw_reader;

COMMENT ON SERVER warehouse IS 'the data warehouse';

-- hazards: authorization_change
GRANT USAGE ON FOREIGN SERVER warehouse TO fdw_reader;

COMMIT;
