-- expect: 3:19: column "z" does not exist
CREATE TABLE t (a int);
ALTER TABLE t ADD CONSTRAINT k CHECK (z <> 0);
