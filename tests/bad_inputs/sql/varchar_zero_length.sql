-- expect: 2:19: length for type varchar must be at least 1
CREATE TABLE t (a varchar(0));
