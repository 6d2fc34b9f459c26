CREATE TABLE t (id int, name text NOT NULL DEFAULT '', seq serial, score numeric(5,2) CHECK (score >= 0));
