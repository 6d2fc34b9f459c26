CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS 'select x';
CREATE FUNCTION g(x int) RETURNS int LANGUAGE sql AS 'select x + 1';
CREATE FUNCTION h(x int) RETURNS bigint LANGUAGE sql AS 'select x::bigint';
