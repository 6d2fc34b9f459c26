BEGIN;

-- lock: ACCESS EXCLUSIVE on public."Order Items"
ALTER TABLE public."Order Items" ADD COLUMN "select" text;

-- lock: ACCESS EXCLUSIVE on public."Order Items"
ALTER TABLE public."Order Items" ADD COLUMN "Note" text DEFAULT 'it''s';

COMMIT;

-- online form on public."Order Items": its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE UPDATE EXCLUSIVE on public."Order Items"
-- hazards: index_build, non_transactional
CREATE INDEX CONCURRENTLY "Order Items_idx" ON public."Order Items" USING btree ("Quantity");
