-- expect: 3:26: column "q" does not exist
CREATE TABLE t (a int);
ALTER TABLE t ADD COLUMN b int GENERATED ALWAYS AS (q * 2) STORED;
