BEGIN;

CREATE DOMAIN public.email AS text COLLATE pg_catalog."C" CONSTRAINT email_check CHECK ((length(value) < 200)) CONSTRAINT email_has_at CHECK ((value LIKE '%@%'));

-- lock: ACCESS EXCLUSIVE on public.accounts
ALTER TABLE public.accounts ADD COLUMN contact public.email;

CREATE DOMAIN public.positive_int AS integer DEFAULT 1 NOT NULL CONSTRAINT positive_int_check CHECK ((value > 0));

-- lock: ACCESS EXCLUSIVE on public.accounts
ALTER TABLE public.accounts ADD COLUMN logins public.positive_int;

-- lock: ACCESS EXCLUSIVE on public.accounts
ALTER TABLE public.accounts ADD COLUMN aliases public.email[];

COMMENT ON DOMAIN public.email IS 'an e-mail address';

COMMENT ON CONSTRAINT email_has_at ON DOMAIN public.email IS 'must contain @';

COMMIT;
