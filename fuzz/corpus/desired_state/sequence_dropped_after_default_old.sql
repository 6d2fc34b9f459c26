CREATE SEQUENCE counter;
CREATE TABLE t (id int DEFAULT nextval('counter'));
