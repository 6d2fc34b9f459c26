BEGIN;

DROP TABLE public.b;

DROP TABLE public.a;

COMMIT;
