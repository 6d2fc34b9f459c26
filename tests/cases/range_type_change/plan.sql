BEGIN;

-- lock: ACCESS EXCLUSIVE on public.results
ALTER TABLE public.results ALTER COLUMN band TYPE text USING band::text;

-- lock: ACCESS EXCLUSIVE on public.results
ALTER TABLE public.results ALTER COLUMN bands TYPE text USING bands::text;

DROP TYPE public.score_range;

CREATE TYPE public.score_range AS RANGE (SUBTYPE = bigint);

-- lock: ACCESS EXCLUSIVE on public.results
ALTER TABLE public.results ALTER COLUMN band TYPE public.score_range USING band::public.score_range;

-- lock: ACCESS EXCLUSIVE on public.results
ALTER TABLE public.results ALTER COLUMN bands TYPE public.score_multirange USING bands::public.score_multirange;

COMMIT;
