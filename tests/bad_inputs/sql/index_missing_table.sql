-- expect: 2:17: relation "nowhere" does not exist
CREATE INDEX ON nowhere (a);
