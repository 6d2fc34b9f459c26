BEGIN;

-- lock: ACCESS EXCLUSIVE on public.people
ALTER TABLE public.people ALTER COLUMN born SET DEFAULT '2000-01-01';

-- online form on public.people: its size is unknown (planned without statistics), threshold 10 MB
-- lock: ACCESS EXCLUSIVE on public.people
ALTER TABLE public.people ADD CONSTRAINT born_pgfleet_not_null CHECK (born IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.was_typed
ALTER TABLE public.was_typed NOT OF;

ALTER TYPE public.person ADD ATTRIBUTE email text CASCADE;

-- lock: ACCESS EXCLUSIVE on public.loose
ALTER TABLE public.loose ADD COLUMN email text;

-- lock: ACCESS EXCLUSIVE on public.loose
ALTER TABLE public.loose OF public.person;

-- lock: ACCESS EXCLUSIVE on public.people
ALTER TABLE public.people ALTER COLUMN email SET DEFAULT 'none';

-- lock: ACCESS EXCLUSIVE on public.was_typed
ALTER TABLE public.was_typed ADD COLUMN email text;

CREATE TYPE public.pet AS (name text, species text);

CREATE TABLE public.pets OF public.pet;

COMMIT;

BEGIN;

-- lock: SHARE UPDATE EXCLUSIVE on public.people
-- hazards: validation_scan
ALTER TABLE public.people VALIDATE CONSTRAINT born_pgfleet_not_null;

COMMIT;

BEGIN;

-- lock: ACCESS EXCLUSIVE on public.people
ALTER TABLE public.people ALTER COLUMN born SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.people
ALTER TABLE public.people DROP CONSTRAINT born_pgfleet_not_null;

COMMIT;
