BEGIN;

-- lock: ACCESS EXCLUSIVE on public.boxes
-- hazards: data_loss
DROP TABLE public.boxes;

DROP EXTENSION btree_gist;

COMMIT;
