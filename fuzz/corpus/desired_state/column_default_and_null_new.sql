CREATE TABLE t (id int NOT NULL, state text DEFAULT 'new', note text);
