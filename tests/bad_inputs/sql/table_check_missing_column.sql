-- expect: 4:5: column "c" does not exist
CREATE TABLE t (
    a int,
    CONSTRAINT positive CHECK (c > 0)
);
