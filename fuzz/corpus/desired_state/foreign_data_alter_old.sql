DO $$ BEGIN CREATE ROLE fdw_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE EXTENSION postgres_fdw;
CREATE FOREIGN DATA WRAPPER pg_remote HANDLER postgres_fdw_handler VALIDATOR postgres_fdw_validator;
CREATE FOREIGN DATA WRAPPER plain_wrapper OPTIONS (debug 'true', level '1');
CREATE SERVER warehouse VERSION '14' FOREIGN DATA WRAPPER pg_remote OPTIONS (host 'old.internal', dbname 'dw');
CREATE SERVER archive FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'archive.internal');
CREATE USER MAPPING FOR fdw_reader SERVER warehouse OPTIONS (user 'reader', password 'kept-secret');
CREATE FOREIGN TABLE sales (id bigint OPTIONS (column_name 'sale_id'), amount numeric)
    SERVER warehouse OPTIONS (table_name 'sales');
CREATE FOREIGN TABLE old_sales (id bigint) SERVER archive;
