-- expect: 2:14: schema "nowhere" does not exist
CREATE TABLE nowhere.t (a int);
