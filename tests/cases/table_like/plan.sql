BEGIN;

CREATE SEQUENCE public.invoices_id_seq;

CREATE TABLE public.invoices (
    id bigint DEFAULT nextval('public.invoices_id_seq'::regclass) NOT NULL,
    created_at timestamp with time zone DEFAULT now() CONSTRAINT audit_template_created_at_not_null NOT NULL,
    updated_at timestamp with time zone DEFAULT now() CONSTRAINT audit_template_updated_at_not_null NOT NULL,
    note text COLLATE pg_catalog."C",
    amount numeric,
    CONSTRAINT audit_order CHECK ((created_at <= updated_at)),
    CONSTRAINT invoices_created_at_note_key UNIQUE (created_at, note),
    CONSTRAINT invoices_pkey PRIMARY KEY (id)
);

ALTER SEQUENCE public.invoices_id_seq OWNED BY public.invoices.id;

CREATE TABLE public.plain_copy (
    created_at timestamp with time zone CONSTRAINT audit_template_created_at_not_null NOT NULL,
    updated_at timestamp with time zone CONSTRAINT audit_template_updated_at_not_null NOT NULL,
    note text COLLATE pg_catalog."C"
);

CREATE TABLE public.refunds (
    id bigint,
    created_at timestamp with time zone DEFAULT now() CONSTRAINT audit_template_created_at_not_null NOT NULL,
    updated_at timestamp with time zone DEFAULT now() CONSTRAINT audit_template_updated_at_not_null NOT NULL,
    note text COLLATE pg_catalog."C",
    CONSTRAINT audit_order CHECK ((created_at <= updated_at))
);

CREATE INDEX invoices_lower_idx ON public.invoices USING btree ((lower(note))) WHERE ((note IS NOT NULL));

COMMENT ON COLUMN public.invoices.note IS 'free text';

COMMENT ON INDEX public.invoices_lower_idx IS 'case-insensitive lookup';

COMMIT;
