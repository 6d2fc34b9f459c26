BEGIN;

-- lock: ACCESS EXCLUSIVE on public.old_sales
DROP FOREIGN TABLE public.old_sales;

DROP SERVER archive;

-- lock: ACCESS EXCLUSIVE on public.sales
ALTER FOREIGN TABLE public.sales OPTIONS (SET table_name 'all_sales', ADD schema_name 'dw');

-- lock: ACCESS EXCLUSIVE on public.sales
ALTER FOREIGN TABLE public.sales ALTER COLUMN id OPTIONS (SET column_name 'id');

ALTER FOREIGN DATA WRAPPER pg_remote NO VALIDATOR;

ALTER FOREIGN DATA WRAPPER plain_wrapper OPTIONS (DROP debug, SET level '2', ADD extra 'x');

ALTER SERVER warehouse VERSION '15' OPTIONS (SET host 'new.internal', ADD port '5433');

-- hazards: authorization_change
ALTER USER MAPPING FOR fdw_reader SERVER warehouse OPTIONS (SET "user" 'reporter');

-- lock: ACCESS EXCLUSIVE on public.sales
ALTER FOREIGN TABLE public.sales ADD COLUMN region text OPTIONS (column_name 'area');

CREATE SERVER archive TYPE 'cold' FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'archive.internal');

CREATE FOREIGN TABLE public.old_sales (
    id bigint
) SERVER archive;

COMMIT;
