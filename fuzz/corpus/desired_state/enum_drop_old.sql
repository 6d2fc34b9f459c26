CREATE TYPE status AS ENUM ('a');
CREATE TABLE t (id int, s status);
