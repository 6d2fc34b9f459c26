CREATE SCHEMA stats;
CREATE AGGREGATE stats.total(integer) (
    SFUNC = int4pl, STYPE = integer, INITCOND = '0',
    COMBINEFUNC = int4pl, PARALLEL = SAFE,
    MSFUNC = int4pl, MINVFUNC = int4mi, MSTYPE = integer, MINITCOND = '0'
);
CREATE AGGREGATE stats.how_many(*) (SFUNC = int8inc, STYPE = bigint, INITCOND = 0);
CREATE AGGREGATE stats.biggest(integer) (SFUNC = int4larger, STYPE = integer, SORTOP = >);
CREATE AGGREGATE stats.median_of(double precision ORDER BY anyelement) (
    SFUNC = ordered_set_transition, STYPE = internal,
    FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA
);
COMMENT ON AGGREGATE stats.total(integer) IS 'sum that starts at zero';
REVOKE EXECUTE ON FUNCTION stats.biggest(integer) FROM PUBLIC;
