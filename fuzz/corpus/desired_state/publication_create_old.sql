CREATE SCHEMA audit;
CREATE TABLE users (id int PRIMARY KEY, email text, password_hash text, active boolean);
CREATE TABLE audit.entries (id int PRIMARY KEY, body text);
