BEGIN;

-- lock: ACCESS EXCLUSIVE on public.docs
ALTER TABLE public.docs ALTER COLUMN body SET STORAGE EXTENDED;

-- lock: ACCESS EXCLUSIVE on public.docs
ALTER TABLE public.docs ALTER COLUMN meta SET COMPRESSION DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.docs
ALTER TABLE public.docs ALTER COLUMN amount SET STORAGE EXTERNAL;

-- lock: ACCESS EXCLUSIVE on public.docs
ALTER TABLE public.docs ALTER COLUMN raw SET STORAGE EXTENDED;

-- lock: ACCESS EXCLUSIVE on public.docs
ALTER TABLE public.docs ALTER COLUMN raw SET COMPRESSION pglz;

-- lock: ACCESS EXCLUSIVE on public.docs
ALTER TABLE public.docs ADD COLUMN note text;

-- lock: ACCESS EXCLUSIVE on public.docs
ALTER TABLE public.docs ALTER COLUMN note SET STORAGE MAIN;

-- lock: ACCESS EXCLUSIVE on public.docs
ALTER TABLE public.docs ALTER COLUMN note SET COMPRESSION pglz;

CREATE TABLE public.fresh (
    a text,
    b integer
);

ALTER TABLE public.fresh ALTER COLUMN a SET COMPRESSION pglz;

COMMIT;
