DO $$ BEGIN CREATE ROLE fdw_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE EXTENSION postgres_fdw;
CREATE FOREIGN DATA WRAPPER pg_remote HANDLER postgres_fdw_handler NO VALIDATOR;
CREATE FOREIGN DATA WRAPPER plain_wrapper OPTIONS (level '2', extra 'x');
CREATE SERVER warehouse VERSION '15' FOREIGN DATA WRAPPER pg_remote OPTIONS (host 'new.internal', dbname 'dw', port '5433');
CREATE SERVER archive TYPE 'cold' FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'archive.internal');
CREATE USER MAPPING FOR fdw_reader SERVER warehouse OPTIONS (user 'reporter', password 'kept-secret');
CREATE FOREIGN TABLE sales (id bigint OPTIONS (column_name 'id'), amount numeric, region text OPTIONS (column_name 'area'))
    SERVER warehouse OPTIONS (table_name 'all_sales', schema_name 'dw');
CREATE FOREIGN TABLE old_sales (id bigint) SERVER archive;
