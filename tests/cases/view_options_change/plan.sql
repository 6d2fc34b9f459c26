BEGIN;

-- lock: ACCESS EXCLUSIVE on public.old_report
DROP VIEW public.old_report;

-- lock: SHARE UPDATE EXCLUSIVE on public.doc_titles
ALTER VIEW public.doc_titles RESET (security_invoker);

-- lock: SHARE UPDATE EXCLUSIVE on public.published_docs
ALTER VIEW public.published_docs SET (security_invoker='true', security_barrier='true', check_option='local');

CREATE VIEW public.titled_docs (id, tenant_id, title, published) AS
SELECT * FROM public.published_docs WHERE title IS NOT NULL WITH CASCADED CHECK OPTION;

COMMIT;
