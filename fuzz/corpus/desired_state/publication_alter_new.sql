CREATE SCHEMA reporting;
CREATE TABLE a (id int PRIMARY KEY, x int, y int);
CREATE TABLE b (id int PRIMARY KEY);
CREATE TABLE d (id int PRIMARY KEY);
CREATE PUBLICATION feed FOR TABLE a (id, y) WHERE (x > 0), d WITH (publish = 'insert');
CREATE PUBLICATION by_schema FOR TABLES IN SCHEMA reporting;
CREATE PUBLICATION all_of_it FOR TABLE b;
