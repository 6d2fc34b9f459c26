-- expect: 2:31: invalid input for type integer: "abc"
CREATE TABLE t (a int DEFAULT 'abc');
