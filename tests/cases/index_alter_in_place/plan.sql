BEGIN;

ALTER INDEX public.items_pkey SET (fillfactor='90');

ALTER INDEX public.items_title RESET (deduplicate_items);

ALTER INDEX public.items_title SET (fillfactor='80');

ALTER INDEX public.items_lower ALTER COLUMN 1 SET STATISTICS 500;

-- lock: SHARE on public.parts
-- hazards: share_lock, index_build
CREATE INDEX parts_id ON public.parts USING btree (id);

COMMIT;

-- online form on public.items: its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE UPDATE EXCLUSIVE on public.items
-- hazards: index_build, non_transactional
CREATE INDEX CONCURRENTLY items_tags ON public.items USING gin (tags) WITH (fastupdate='off');

-- online form on public.items: its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE UPDATE EXCLUSIVE on public.items
-- hazards: index_build, non_transactional
CREATE INDEX CONCURRENTLY items_upper ON public.items USING btree ((upper(title)));

BEGIN;

ALTER INDEX public.items_upper ALTER COLUMN 1 SET STATISTICS 1000;

COMMIT;
