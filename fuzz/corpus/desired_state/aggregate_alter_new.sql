CREATE AGGREGATE running(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '100', PARALLEL = SAFE);
CREATE AGGREGATE counted(*) (SFUNC = int8inc, STYPE = bigint, INITCOND = '0', FINALFUNC = int8um);
