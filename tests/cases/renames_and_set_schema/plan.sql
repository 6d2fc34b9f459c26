SET check_function_bodies = false;

BEGIN;

-- lock: ACCESS EXCLUSIVE on public.remote_events
DROP FOREIGN TABLE public.remote_events;

DROP AGGREGATE public.total(integer);

-- lock: ACCESS EXCLUSIVE on public.events
DROP RULE keep_log ON public.events;

-- lock: ACCESS EXCLUSIVE on public.events_log
-- hazards: data_loss
DROP TABLE public.events_log;

DROP SERVER elsewhere;

CREATE TABLE public.event_history (
    id integer
);

CREATE DOMAIN public.share AS integer CONSTRAINT percent_check CHECK ((value BETWEEN 0 AND 100));

-- lock: ACCESS EXCLUSIVE on public.events
-- hazards: access_exclusive_lock, table_rewrite
ALTER TABLE public.events ALTER COLUMN pct TYPE public.share USING pct::text::public.share;

DROP DOMAIN public.percent;

CREATE TYPE archive.mood AS (strength integer);

-- lock: ACCESS EXCLUSIVE on public.events
-- hazards: access_exclusive_lock, table_rewrite
ALTER TABLE public.events ALTER COLUMN m TYPE archive.mood USING m::text::archive.mood;

DROP TYPE public.mood;

CREATE AGGREGATE archive.grand_total(integer) (
    SFUNC = int4pl,
    STYPE = integer
);

-- lock: ACCESS EXCLUSIVE on public.events
CREATE RULE log_inserts AS ON INSERT TO public.events DO INSERT INTO public.event_history (id) VALUES (new.id);

CREATE COLLATION archive.byte_order (provider = libc, lc_collate = 'C', lc_ctype = 'C');

-- lock: ACCESS EXCLUSIVE on public.events
ALTER TABLE public.events ALTER COLUMN note TYPE text COLLATE archive.byte_order USING note::text;

DROP COLLATION public.byte_order;

CREATE SERVER far_away FOREIGN DATA WRAPPER plain;

CREATE FOREIGN TABLE archive.remote_events (
    id integer
) SERVER far_away;

COMMIT;
