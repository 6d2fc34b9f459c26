-- expect: 2:24: column "a" specified more than once
CREATE TABLE t (a int, a text);
