CREATE TABLE shipments (region text NOT NULL, id int, label text) PARTITION BY LIST (region);
CREATE TABLE shipments_eu PARTITION OF shipments (PRIMARY KEY (id)) FOR VALUES IN ('eu');
CREATE TABLE shipments_us PARTITION OF shipments (PRIMARY KEY (label)) FOR VALUES IN ('us');
