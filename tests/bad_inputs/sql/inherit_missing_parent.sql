-- expect: 2:34: relation "nowhere" does not exist
CREATE TABLE c (a int) INHERITS (nowhere);
