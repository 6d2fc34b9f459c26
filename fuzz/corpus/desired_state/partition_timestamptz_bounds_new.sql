-- Bounds given with an offset are stored as instants: the server prints them in UTC.
CREATE TABLE readings (at timestamptz NOT NULL, value integer) PARTITION BY RANGE (at);
CREATE TABLE readings_2022_04 PARTITION OF readings FOR VALUES FROM ('2022-04-01 01:00:00+01') TO ('2022-05-01 02:00+02');
CREATE TABLE readings_2022_05 PARTITION OF readings FOR VALUES FROM ('2022-05-01 00:00:00Z') TO ('2022-06-01');
CREATE TABLE readings_2022_06 PARTITION OF readings FOR VALUES FROM ('2022-06-01 00:00:00+00') TO ('2022-06-30 19:30:00.500-04:30');
