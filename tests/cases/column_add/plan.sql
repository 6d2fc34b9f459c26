BEGIN;

CREATE SEQUENCE public.t_seq_seq AS integer;

ALTER TABLE public.t ADD COLUMN name text DEFAULT '' NOT NULL;

ALTER TABLE public.t ADD COLUMN seq integer DEFAULT nextval('public.t_seq_seq'::regclass) NOT NULL;

ALTER SEQUENCE public.t_seq_seq OWNED BY public.t.seq;

ALTER TABLE public.t ADD COLUMN score numeric(5,2);

ALTER TABLE public.t ADD CONSTRAINT t_score_check CHECK ((score >= 0));

COMMIT;
