CREATE AGGREGATE running(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '0');
CREATE AGGREGATE counted(*) (SFUNC = int8inc, STYPE = bigint, INITCOND = '0');
CREATE AGGREGATE gone(integer) (SFUNC = int4larger, STYPE = integer);
