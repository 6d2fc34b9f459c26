-- expect: 2:29: relation "nowhere" does not exist
CREATE TABLE c PARTITION OF nowhere FOR VALUES IN (1);
