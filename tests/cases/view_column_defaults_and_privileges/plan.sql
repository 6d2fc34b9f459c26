BEGIN;

CREATE VIEW public.all_notes (id, body) AS
SELECT id, body FROM public.notes;

ALTER VIEW public.all_notes ALTER COLUMN body SET DEFAULT 'empty';

-- lock: ACCESS EXCLUSIVE on public.open_notes
ALTER VIEW public.open_notes ALTER COLUMN body DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.open_notes
ALTER VIEW public.open_notes ALTER COLUMN state SET DEFAULT 'opened';

-- hazards: authorization_change
GRANT SELECT (body) ON TABLE public.all_notes TO view_reader;

-- hazards: authorization_change
REVOKE SELECT (body) ON TABLE public.open_notes FROM view_reader;

-- hazards: authorization_change
GRANT UPDATE (body) ON TABLE public.open_notes TO view_reader;

COMMIT;
