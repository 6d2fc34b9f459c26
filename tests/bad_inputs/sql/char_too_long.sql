-- expect: 2:19: length for type char cannot exceed 10485760
CREATE TABLE t (a char(20000000));
