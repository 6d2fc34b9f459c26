CREATE TABLE t (id serial PRIMARY KEY, name text);
