BEGIN;

ALTER TYPE public.status RENAME TO status__pgfleet_old;

CREATE TYPE public.status AS ENUM ('active', 'disabled');

ALTER TABLE public.accounts ALTER COLUMN s DROP DEFAULT;

ALTER TABLE public.accounts ALTER COLUMN s TYPE public.status USING s::text::public.status;

ALTER TABLE public.accounts ALTER COLUMN s SET DEFAULT 'active';

DROP TYPE public.status__pgfleet_old;

COMMIT;
