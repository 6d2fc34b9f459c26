BEGIN;

ALTER TABLE public.base ADD CONSTRAINT base_id_check CHECK ((id > 0));

CREATE TABLE public.child (
    extra text
) INHERITS (public.base);

CREATE TABLE public.other (
    id integer,
    created timestamp with time zone DEFAULT NULL,
    more integer,
    CONSTRAINT base_id_check CHECK ((id > 0))
) INHERITS (public.base);

COMMIT;
