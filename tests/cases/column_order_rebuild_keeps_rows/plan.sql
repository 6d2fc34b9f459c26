BEGIN;

-- lock: ACCESS EXCLUSIVE on public.items
ALTER TABLE public.items DISABLE ROW LEVEL SECURITY;

CREATE TEMPORARY TABLE pgfleet_rows_c0e2fcbdfbbd1a6d AS SELECT id, tenant_id, note, parent_id, touched FROM ONLY public.items;

ALTER SEQUENCE public.items_id_seq OWNED BY NONE;

CREATE TEMPORARY TABLE pgfleet_rows_b807327d85a82eca AS SELECT id, name FROM ONLY public.parent;

CREATE TEMPORARY TABLE pgfleet_seq_4835c534bbf1fded AS SELECT last_value, is_called FROM public.parent_id_seq;

-- lock: ACCESS EXCLUSIVE on public.refs; SHARE ROW EXCLUSIVE on public.items
ALTER TABLE public.refs DROP CONSTRAINT refs_item_id_fkey;

-- lock: ACCESS EXCLUSIVE on public.item_notes
DROP VIEW public.item_notes;

-- lock: ACCESS EXCLUSIVE on public.items
-- hazards: table_rewrite, data_loss
DROP TABLE public.items;

-- lock: ACCESS EXCLUSIVE on public.parent
-- hazards: table_rewrite
DROP TABLE public.parent;

CREATE TABLE public.items (
    id integer DEFAULT nextval('public.items_id_seq'::regclass) NOT NULL,
    tenant_id uuid NOT NULL,
    parent_id bigint,
    priority integer DEFAULT 1 NOT NULL,
    note text,
    touched integer DEFAULT 0,
    CONSTRAINT items_pkey PRIMARY KEY (id)
);

INSERT INTO public.items (id, tenant_id, note, parent_id, touched) SELECT id, tenant_id, note, parent_id, touched FROM pg_temp.pgfleet_rows_c0e2fcbdfbbd1a6d;

ALTER SEQUENCE public.items_id_seq OWNED BY public.items.id;

DROP TABLE pg_temp.pgfleet_rows_c0e2fcbdfbbd1a6d;

CREATE TABLE public.parent (
    name text,
    id bigint NOT NULL GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.parent_id_seq),
    CONSTRAINT parent_pkey PRIMARY KEY (id)
);

INSERT INTO public.parent (id, name) OVERRIDING SYSTEM VALUE SELECT id, name FROM pg_temp.pgfleet_rows_b807327d85a82eca;

ALTER TABLE public.items ADD CONSTRAINT items_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.parent (id);

SELECT pg_catalog.setval('public.parent_id_seq', last_value, is_called) FROM pg_temp.pgfleet_seq_4835c534bbf1fded;

DROP TABLE pg_temp.pgfleet_rows_b807327d85a82eca;

DROP TABLE pg_temp.pgfleet_seq_4835c534bbf1fded;

-- online form on public.refs: its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE ROW EXCLUSIVE on public.refs
ALTER TABLE public.refs ADD CONSTRAINT refs_item_id_fkey FOREIGN KEY (item_id) REFERENCES public.items (id) NOT VALID;

ALTER TABLE public.items ENABLE ROW LEVEL SECURITY;

ALTER TABLE public.items FORCE ROW LEVEL SECURITY;

-- lock: ACCESS EXCLUSIVE on public.item_notes
CREATE VIEW public.item_notes (id, note) AS
SELECT id, note FROM public.items;

CREATE TRIGGER items_bump BEFORE INSERT ON public.items FOR EACH ROW EXECUTE FUNCTION public.bump();

CREATE POLICY tenant ON public.items AS PERMISSIVE FOR ALL TO PUBLIC USING ((tenant_id = current_setting('app.tenant_id', true)::uuid));

COMMENT ON COLUMN public.items.note IS 'a note';

COMMIT;

BEGIN;

-- lock: SHARE UPDATE EXCLUSIVE on public.refs
-- hazards: validation_scan
ALTER TABLE public.refs VALIDATE CONSTRAINT refs_item_id_fkey;

COMMIT;
