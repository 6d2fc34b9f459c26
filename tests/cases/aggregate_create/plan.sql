SET check_function_bodies = false;

BEGIN;

CREATE AGGREGATE stats.biggest(integer) (
    SFUNC = int4larger,
    STYPE = integer,
    SORTOP = >
);

CREATE AGGREGATE stats.how_many(*) (
    SFUNC = int8inc,
    STYPE = bigint,
    INITCOND = '0'
);

CREATE AGGREGATE stats.median_of(double precision ORDER BY anyelement) (
    SFUNC = ordered_set_transition,
    STYPE = internal,
    FINALFUNC = percentile_disc_final,
    FINALFUNC_EXTRA
);

CREATE AGGREGATE stats.total(integer) (
    SFUNC = int4pl,
    STYPE = integer,
    COMBINEFUNC = int4pl,
    INITCOND = '0',
    MSFUNC = int4pl,
    MINVFUNC = int4mi,
    MSTYPE = integer,
    MINITCOND = '0',
    PARALLEL = SAFE
);

-- hazards: authorization_change
REVOKE EXECUTE ON FUNCTION stats.biggest(integer) FROM PUBLIC;

COMMENT ON AGGREGATE stats.total(integer) IS 'sum that starts at zero';

COMMIT;
