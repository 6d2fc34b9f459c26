CREATE TABLE readings (site text NOT NULL, taken_at date NOT NULL, PRIMARY KEY (site, taken_at)) PARTITION BY LIST (site);
CREATE TABLE readings_north PARTITION OF readings FOR VALUES IN ('north');
CREATE TABLE readings_south PARTITION OF readings FOR VALUES IN ('south');
CREATE TABLE alerts (id int PRIMARY KEY, site text, taken_at date,
    FOREIGN KEY (site, taken_at) REFERENCES readings (site, taken_at));
