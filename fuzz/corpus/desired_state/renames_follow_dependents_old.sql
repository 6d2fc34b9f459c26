CREATE SCHEMA s3;
CREATE TABLE s3.t2 (ident int, name text);
