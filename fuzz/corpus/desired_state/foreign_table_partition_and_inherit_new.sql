-- Foreign tables as a partition and as a child; they keep SERVER and OPTIONS after the bound.
CREATE FOREIGN DATA WRAPPER plain;
CREATE SERVER remote FOREIGN DATA WRAPPER plain;
CREATE TABLE parent (a integer DEFAULT 1);
CREATE TABLE sales (region text NOT NULL, amount integer) PARTITION BY LIST (region);
CREATE TABLE sales_local PARTITION OF sales FOR VALUES IN ('here');
CREATE FOREIGN TABLE sales_remote PARTITION OF sales FOR VALUES IN ('there') SERVER remote OPTIONS (table_name 'sales');
CREATE FOREIGN TABLE child (b text OPTIONS (column_name 'bee')) INHERITS (parent) SERVER remote;
