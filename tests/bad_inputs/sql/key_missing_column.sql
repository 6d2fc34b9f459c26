-- expect: 2:1: column "b" named in key does not exist
CREATE TABLE t (a int, PRIMARY KEY (b));
