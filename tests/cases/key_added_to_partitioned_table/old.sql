CREATE TABLE visits (site text, id int) PARTITION BY LIST (site);
CREATE TABLE visits_a PARTITION OF visits FOR VALUES IN ('a');
CREATE TABLE visits_b PARTITION OF visits FOR VALUES IN ('b');
