BEGIN;

CREATE TYPE public.status AS ENUM ('active', 'disabled');

COMMIT;
