CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS 'select x';
CREATE FUNCTION g(x int) RETURNS int LANGUAGE sql AS 'select x';
CREATE FUNCTION h(x int) RETURNS int LANGUAGE sql AS 'select x';
CREATE FUNCTION h(x text) RETURNS text LANGUAGE sql AS 'select x';
