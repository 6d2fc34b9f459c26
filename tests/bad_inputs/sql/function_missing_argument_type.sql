-- expect: 2:21: type "no_such_type" does not exist
CREATE FUNCTION f(x no_such_type) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
