BEGIN;

-- lock: ACCESS EXCLUSIVE on public.b
-- hazards: data_loss
DROP TABLE public.b;

-- lock: ACCESS EXCLUSIVE on public.a
-- hazards: data_loss
DROP TABLE public.a;

COMMIT;
