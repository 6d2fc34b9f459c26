-- expect: 2:36: invalid input for type smallint: "70000"
CREATE TABLE t (a smallint DEFAULT '70000');
