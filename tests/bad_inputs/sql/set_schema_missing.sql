-- expect: 3:1: schema "nowhere" does not exist
CREATE TABLE t (a int);
ALTER TABLE t SET SCHEMA nowhere;
