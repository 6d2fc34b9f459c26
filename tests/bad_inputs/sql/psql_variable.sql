-- expect: 3:32: psql variable :'tenant' is not SQL
CREATE TABLE t (a int);
CREATE TABLE u (a text DEFAULT :'tenant');
