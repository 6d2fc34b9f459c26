BEGIN;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t DROP CONSTRAINT a_positive;

-- lock: SHARE UPDATE EXCLUSIVE on public.t
-- hazards: validation_scan
ALTER TABLE public.t VALIDATE CONSTRAINT a_parent;

-- lock: SHARE UPDATE EXCLUSIVE on public.t
-- hazards: validation_scan
ALTER TABLE public.t VALIDATE CONSTRAINT b_positive;

CREATE SEQUENCE public.serials_id_seq AS integer;

CREATE SEQUENCE public.serials_n_seq;

CREATE TABLE public.fresh (
    x integer,
    CONSTRAINT x_positive CHECK ((x > 0))
);

-- lock: SHARE ROW EXCLUSIVE on public.parent
-- hazards: share_lock
ALTER TABLE public.fresh ADD CONSTRAINT x_parent FOREIGN KEY (x) REFERENCES public.parent (id);

CREATE TABLE public.later (
    y integer
);

ALTER TABLE public.later ADD CONSTRAINT y_positive CHECK ((y > 0)) NOT VALID;

CREATE TABLE public.serials (
    id integer DEFAULT nextval('public.serials_id_seq'::regclass) NOT NULL,
    n bigint DEFAULT nextval('public.serials_n_seq'::regclass) NOT NULL
);

ALTER SEQUENCE public.serials_id_seq OWNED BY public.serials.id;

ALTER SEQUENCE public.serials_n_seq OWNED BY public.serials.n;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ADD CONSTRAINT a_positive CHECK ((a > 0)) NOT VALID;

COMMIT;
