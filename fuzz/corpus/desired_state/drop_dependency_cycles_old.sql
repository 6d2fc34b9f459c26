-- Tables that reference each other (directly, and through a third) are dropped together; two
-- columns that share an index and a CHECK are dropped together.
CREATE TABLE a (id int PRIMARY KEY, b_id int);
CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);
ALTER TABLE a ADD CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES b;
CREATE TABLE p (id int PRIMARY KEY, r_id int, parent int REFERENCES p);
CREATE TABLE q (id int PRIMARY KEY, p_id int REFERENCES p);
CREATE TABLE r (id int PRIMARY KEY, q_id int REFERENCES q);
ALTER TABLE p ADD CONSTRAINT p_r_fk FOREIGN KEY (r_id) REFERENCES r;
CREATE TABLE kept (id int PRIMARY KEY);
CREATE TABLE leaf (kept_id int REFERENCES kept, q_id int REFERENCES q);
CREATE TABLE c (x int, y int, z int);
CREATE INDEX c_xy ON c (x, y);
ALTER TABLE c ADD CONSTRAINT c_chk CHECK (x < y);
