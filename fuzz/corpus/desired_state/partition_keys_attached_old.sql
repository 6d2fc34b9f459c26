-- pay_1 is made and attached as new.sql makes it: on 18 a partition made with PARTITION OF
-- names its NOT NULL constraints after the parent's, which PostgreSQL will not rename.
CREATE TABLE pay (id int NOT NULL, d date NOT NULL, note text) PARTITION BY RANGE (d);
CREATE TABLE pay_1 (id int NOT NULL, d date NOT NULL, note text);
ALTER TABLE ONLY pay ATTACH PARTITION pay_1 FOR VALUES FROM ('2022-01-01') TO ('2022-02-01');
