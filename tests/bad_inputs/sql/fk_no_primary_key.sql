-- expect: 3:36: there is no primary key for referenced table "p"
CREATE TABLE p (id int);
CREATE TABLE c (pid int REFERENCES p);
