BEGIN;

CREATE TEMPORARY TABLE pgfleet_rows_a70f2a21ce571922 AS SELECT id, status::text AS status FROM ONLY public.notes;

-- lock: ACCESS EXCLUSIVE on public.notes
-- hazards: table_rewrite
DROP TABLE public.notes;

ALTER TYPE public.note_status RENAME TO note_status__pgfleet_old;

CREATE TYPE public.note_status AS ENUM ('open', 'closed');

DROP TYPE public.note_status__pgfleet_old;

CREATE TABLE public.notes (
    id integer NOT NULL,
    user_id integer,
    status public.note_status DEFAULT 'open' NOT NULL,
    CONSTRAINT notes_pkey PRIMARY KEY (id)
);

INSERT INTO public.notes (id, status) SELECT id, status::text::public.note_status FROM pg_temp.pgfleet_rows_a70f2a21ce571922;

DROP TABLE pg_temp.pgfleet_rows_a70f2a21ce571922;

COMMIT;
