BEGIN;

-- lock: ACCESS EXCLUSIVE on public.items
ALTER TABLE public.items DROP CONSTRAINT items_price_check;

-- lock: ACCESS EXCLUSIVE on public.item_codes
DROP VIEW public.item_codes;

-- lock: ACCESS EXCLUSIVE on public.items
DROP TRIGGER items_touch ON public.items;

DROP FUNCTION public.touch();

-- lock: ACCESS EXCLUSIVE on public.items
ALTER TABLE public.items ALTER COLUMN code DROP DEFAULT;

DROP FUNCTION public.next_code();

-- online form on public.items: its size is unknown (planned without statistics), threshold 10 MB
-- lock: ACCESS EXCLUSIVE on public.items
ALTER TABLE public.items ADD CONSTRAINT items_price_check CHECK ((price > 0)) NOT VALID;

COMMIT;

-- online form on public.items: its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE UPDATE EXCLUSIVE on public.items
-- hazards: index_dropped, non_transactional
DROP INDEX CONCURRENTLY public.items_positive;

BEGIN;

DROP FUNCTION public.is_positive(numeric);

COMMIT;

BEGIN;

-- lock: SHARE UPDATE EXCLUSIVE on public.items
-- hazards: validation_scan
ALTER TABLE public.items VALIDATE CONSTRAINT items_price_check;

COMMIT;
