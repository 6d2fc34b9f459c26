-- expect: 3:19: column "b" of relation "t" does not exist
CREATE TABLE t (a int);
CREATE SEQUENCE s OWNED BY t.b;
