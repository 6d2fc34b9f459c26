BEGIN;

CREATE DOMAIN public.positive_amount AS public.amount DEFAULT 0 CONSTRAINT positive_amount_check CHECK ((value > 1.5e-2));

CREATE DOMAIN public.capped_amount AS public.positive_amount DEFAULT 1 CONSTRAINT capped_amount_check CHECK ((value <= (-2.5E+3 * -4)));

CREATE TABLE public.ledger (
    id integer,
    amt public.positive_amount,
    cap public.capped_amount,
    f double precision,
    CONSTRAINT ledger_f_check CHECK ((f < 1e6))
);

COMMIT;
