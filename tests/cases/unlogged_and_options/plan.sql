BEGIN;

ALTER TABLE public.t SET UNLOGGED;

ALTER TABLE public.t SET (fillfactor='70', autovacuum_enabled='false');

COMMIT;
