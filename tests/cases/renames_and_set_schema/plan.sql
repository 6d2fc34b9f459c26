SET check_function_bodies = false;

BEGIN;

DROP FOREIGN TABLE public.remote_events;

DROP AGGREGATE public.total(integer);

DROP RULE keep_log ON public.events;

DROP TABLE public.events_log;

DROP SERVER elsewhere;

CREATE TABLE public.event_history (
    id integer
);

CREATE DOMAIN public.share AS integer CONSTRAINT percent_check CHECK ((value BETWEEN 0 AND 100));

ALTER TABLE public.events ALTER COLUMN pct TYPE public.share USING pct::text::public.share;

DROP DOMAIN public.percent;

CREATE TYPE archive.mood AS (strength integer);

ALTER TABLE public.events ALTER COLUMN m TYPE archive.mood USING m::text::archive.mood;

DROP TYPE public.mood;

CREATE AGGREGATE archive.grand_total(integer) (
    SFUNC = int4pl,
    STYPE = integer
);

CREATE RULE log_inserts AS ON INSERT TO public.events DO INSERT INTO public.event_history (id) VALUES (new.id);

CREATE COLLATION archive.byte_order (provider = libc, lc_collate = 'C', lc_ctype = 'C');

ALTER TABLE public.events ALTER COLUMN note TYPE text COLLATE archive.byte_order USING note::text;

DROP COLLATION public.byte_order;

CREATE SERVER far_away FOREIGN DATA WRAPPER plain;

CREATE FOREIGN TABLE archive.remote_events (
    id integer
) SERVER far_away;

COMMIT;
