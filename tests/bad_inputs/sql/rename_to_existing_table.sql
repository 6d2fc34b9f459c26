-- expect: 4:1: relation "b" already exists
CREATE TABLE a (x int);
CREATE TABLE b (y int);
ALTER TABLE a RENAME TO b;
