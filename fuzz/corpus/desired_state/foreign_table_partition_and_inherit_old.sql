CREATE FOREIGN DATA WRAPPER plain;
CREATE SERVER remote FOREIGN DATA WRAPPER plain;
CREATE TABLE parent (a integer DEFAULT 1);
CREATE TABLE sales (region text NOT NULL, amount integer) PARTITION BY LIST (region);
CREATE TABLE sales_local PARTITION OF sales FOR VALUES IN ('here');
