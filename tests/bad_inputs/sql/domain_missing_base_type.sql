-- expect: 2:20: type "no_such_type" does not exist
CREATE DOMAIN d AS no_such_type;
