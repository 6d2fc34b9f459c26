CREATE TABLE m (id int, at timestamp, note text) PARTITION BY RANGE (at);
CREATE TABLE m2 PARTITION OF m FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');
CREATE TABLE m1 (id int, at timestamp, note text);
