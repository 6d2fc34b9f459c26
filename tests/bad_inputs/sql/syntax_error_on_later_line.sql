-- expect: 4:23: syntax error at or near ","
CREATE TABLE a (x int);

CREATE TABLE b (y int,, z int);
