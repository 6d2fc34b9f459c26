CREATE UNLOGGED TABLE t (id int) WITH (fillfactor = 70, autovacuum_enabled = false);
