CREATE TABLE staff (id int PRIMARY KEY);
CREATE TABLE payment (id int, staff_id int, paid date NOT NULL) PARTITION BY RANGE (paid);
CREATE TABLE payment_2022 PARTITION OF payment FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');
CREATE TABLE payment_2023 PARTITION OF payment FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
-- Constraints and indexes of a partition's own, on the column the parent drops.
ALTER TABLE payment_2022 ADD CONSTRAINT payment_2022_staff_fkey FOREIGN KEY (staff_id) REFERENCES staff (id);
ALTER TABLE payment_2023 ADD CONSTRAINT payment_2023_staff_check CHECK (staff_id > 0);
CREATE INDEX payment_2023_staff ON payment_2023 (staff_id);
CREATE TABLE legacy (id int, staff_id int);
CREATE TABLE legacy_child (note text) INHERITS (legacy);
ALTER TABLE legacy_child ADD CONSTRAINT legacy_child_staff_check CHECK (staff_id > 0);
