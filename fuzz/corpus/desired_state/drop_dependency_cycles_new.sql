CREATE TABLE kept (id int PRIMARY KEY);
CREATE TABLE c (z int);
-- A key to its own table takes the primary key declared later in the statement.
CREATE TABLE tree (parent int REFERENCES tree, id int, PRIMARY KEY (id));
