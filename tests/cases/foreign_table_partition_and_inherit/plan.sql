BEGIN;

CREATE FOREIGN TABLE public.child (
    b text OPTIONS (column_name 'bee')
) INHERITS (public.parent) SERVER remote;

CREATE FOREIGN TABLE public.sales_remote PARTITION OF public.sales FOR VALUES IN ('there') SERVER remote OPTIONS (table_name 'sales');

COMMIT;
