BEGIN;

-- lock: ACCESS EXCLUSIVE on public.events
DROP RULE events_ignored ON public.events;

-- lock: ACCESS EXCLUSIVE on public.events
CREATE OR REPLACE RULE events_archive AS ON DELETE TO public.events WHERE old.kind <> 'temp' DO INSERT INTO public.archive (id, kind) VALUES (old.id, old.kind);

-- lock: ACCESS EXCLUSIVE on public.events
ALTER TABLE public.events ENABLE RULE events_block;

COMMIT;
