-- expect: 4:1: relation "i" already exists
CREATE TABLE t (a int);
CREATE UNIQUE INDEX i ON t (a);
CREATE UNIQUE INDEX i ON t (a);
