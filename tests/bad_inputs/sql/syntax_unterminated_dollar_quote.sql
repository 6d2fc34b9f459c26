-- expect: 2:49: unterminated dollar-quoted string at or near "$$ SELECT 1;
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1;
