BEGIN;

CREATE SEQUENCE public.t_seq_seq AS integer;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ADD COLUMN name text DEFAULT '' NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.t
-- hazards: access_exclusive_lock, table_rewrite
ALTER TABLE public.t ADD COLUMN seq integer DEFAULT nextval('public.t_seq_seq'::regclass) NOT NULL;

ALTER SEQUENCE public.t_seq_seq OWNED BY public.t.seq;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ADD COLUMN score numeric(5,2);

-- online form on public.t: its size is unknown (planned without statistics), threshold 10 MB
-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ADD CONSTRAINT t_score_check CHECK ((score >= 0)) NOT VALID;

COMMIT;

BEGIN;

-- lock: SHARE UPDATE EXCLUSIVE on public.t
-- hazards: validation_scan
ALTER TABLE public.t VALIDATE CONSTRAINT t_score_check;

COMMIT;
