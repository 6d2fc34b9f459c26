CREATE TABLE staff (id int PRIMARY KEY);
CREATE TABLE payment (id int, paid date NOT NULL) PARTITION BY RANGE (paid);
CREATE TABLE payment_2022 PARTITION OF payment FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');
CREATE TABLE payment_2023 PARTITION OF payment FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE legacy (id int);
CREATE TABLE legacy_child (note text) INHERITS (legacy);
