-- NOT VALID both ways: VALIDATE makes a constraint valid; one valid before is added again NOT
-- VALID. NOT VALID inside CREATE TABLE ends valid (a new table has no rows to check).
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE t (a int, b int, c int);
ALTER TABLE t ADD CONSTRAINT a_positive CHECK (a > 0) NOT VALID;
ALTER TABLE t ADD CONSTRAINT b_positive CHECK (b > 0);
ALTER TABLE t ADD CONSTRAINT a_parent FOREIGN KEY (a) REFERENCES parent;
CREATE TABLE fresh (x int, CONSTRAINT x_positive CHECK (x > 0) NOT VALID, CONSTRAINT x_parent FOREIGN KEY (x) REFERENCES parent NOT VALID);
CREATE TABLE later (y int);
ALTER TABLE later ADD CONSTRAINT y_positive CHECK (y > 0) NOT VALID;
CREATE SEQUENCE counter;
CREATE TABLE serials (id serial, n bigserial);
