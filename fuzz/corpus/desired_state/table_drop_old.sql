CREATE TABLE a (id int PRIMARY KEY);
CREATE TABLE b (id int, a_id int REFERENCES a);
