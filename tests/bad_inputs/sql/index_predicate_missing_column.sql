-- expect: 3:40: column "deleted_at" does not exist
CREATE TABLE t (a int);
CREATE INDEX ON t (a) WHERE deleted_at IS NULL;
