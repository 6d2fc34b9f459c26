CREATE TABLE t (id int, state text, note text NOT NULL DEFAULT 'x');
