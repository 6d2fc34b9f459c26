CREATE TABLE p (id int, code text, PRIMARY KEY (id));
CREATE TABLE c (p_id int REFERENCES p (id));
