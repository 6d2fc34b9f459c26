-- expect: 2:29: type "no_such_type" does not exist
CREATE FUNCTION f() RETURNS no_such_type LANGUAGE sql AS $$ SELECT 1 $$;
