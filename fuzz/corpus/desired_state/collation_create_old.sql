CREATE TABLE people (id int, name text);
