CREATE TABLE users (id int PRIMARY KEY, name text, status varchar(10), team_id int);
CREATE TABLE teams (id int PRIMARY KEY, title text);
