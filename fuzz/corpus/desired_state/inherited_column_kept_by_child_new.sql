CREATE TABLE timestamp_base (created_at timestamp DEFAULT now());
CREATE TABLE a (a1 integer, e integer) INHERITS (timestamp_base);
CREATE TABLE b (b1 integer) INHERITS (timestamp_base);
