CREATE TABLE t (id int PRIMARY KEY, amount int DEFAULT 0, name varchar(50));
CREATE INDEX ON t (name);
