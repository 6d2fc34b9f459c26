-- expect: 3:1: index "nowhere" for table "t" does not exist
CREATE TABLE t (a int);
ALTER TABLE t CLUSTER ON nowhere;
