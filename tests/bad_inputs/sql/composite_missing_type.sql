-- expect: 2:31: type "no_such_type" does not exist
CREATE TYPE pair AS (a int, b no_such_type);
