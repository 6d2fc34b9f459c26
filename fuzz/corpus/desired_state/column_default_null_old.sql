CREATE DOMAIN label AS text;
CREATE TABLE people (id int, bio text DEFAULT 'none', nick varchar(10), tag label, score int DEFAULT 0);
