CREATE EXTENSION postgres_fdw;
CREATE SERVER legacy FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'legacy.internal');
CREATE USER MAPPING FOR PUBLIC SERVER legacy OPTIONS (user 'app');
CREATE FOREIGN TABLE legacy_orders (id int) SERVER legacy;
CREATE FOREIGN DATA WRAPPER unused_wrapper;
