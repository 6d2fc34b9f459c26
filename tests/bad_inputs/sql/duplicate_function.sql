-- expect: 3:1: function "f" already exists with same argument types
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 2 $$;
