-- expect: 3:14: relation "t" already exists
CREATE TABLE t (a int);
CREATE TABLE t (b int);
