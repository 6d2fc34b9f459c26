-- expect: 2:17: relation "nowhere" does not exist
GRANT SELECT ON nowhere TO PUBLIC;
