SET check_function_bodies = false;

BEGIN;

DROP AGGREGATE public.gone(integer);

DROP AGGREGATE public.counted(*);

CREATE OR REPLACE AGGREGATE public.running(integer) (
    SFUNC = int4pl,
    STYPE = integer,
    INITCOND = '100',
    PARALLEL = SAFE
);

CREATE AGGREGATE public.counted(*) (
    SFUNC = int8inc,
    STYPE = bigint,
    FINALFUNC = int8um,
    INITCOND = '0'
);

COMMIT;
