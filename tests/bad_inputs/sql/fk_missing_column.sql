-- expect: 3:36: column "nope" referenced in foreign key constraint does not exist
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (pid int REFERENCES p (nope));
