-- expect: 2:34: relation "nowhere" does not exist
CREATE TABLE t (a int REFERENCES nowhere (id));
