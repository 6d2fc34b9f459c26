-- expect: 3:1: column "b" does not exist
CREATE TABLE t (a int);
COMMENT ON COLUMN t.b IS 'x';
