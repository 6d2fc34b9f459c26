-- expect: 2:1: multiple primary keys for table "t" are not allowed
CREATE TABLE t (a int PRIMARY KEY, b int PRIMARY KEY);
