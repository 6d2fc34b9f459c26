CREATE TABLE readings (at timestamptz NOT NULL, value integer) PARTITION BY RANGE (at);
