-- expect: 3:32: relation "nowhere" does not exist
CREATE TABLE p (a int) PARTITION BY LIST (a);
ALTER TABLE p ATTACH PARTITION nowhere FOR VALUES IN (1);
