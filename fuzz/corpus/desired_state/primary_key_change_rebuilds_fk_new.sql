CREATE TABLE p (id int, code text NOT NULL, PRIMARY KEY (id) INCLUDE (code));
CREATE TABLE c (p_id int REFERENCES p (id));
