-- expect: 2:19: type "no_such_type" does not exist
CREATE TABLE t (a no_such_type);
