-- expect: 3:1: "p" is not partitioned
CREATE TABLE p (a int);
CREATE TABLE c PARTITION OF p FOR VALUES IN (1);
