BEGIN;

CREATE TYPE public.foo AS ENUM ('a', 'b');

CREATE DOMAIN public.bar AS integer;

COMMIT;

-- online form on public.test: its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE UPDATE EXCLUSIVE on public.test
-- hazards: index_build, non_transactional
CREATE INDEX CONCURRENTLY bar ON public.test USING btree (id);
