-- expect: 2:18: relation "nowhere" does not exist
REVOKE SELECT ON nowhere FROM PUBLIC;
