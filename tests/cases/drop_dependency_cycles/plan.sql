BEGIN;

-- lock: ACCESS EXCLUSIVE on public.a; SHARE ROW EXCLUSIVE on public.b
ALTER TABLE public.a DROP CONSTRAINT a_b_fk;

-- lock: ACCESS EXCLUSIVE on public.b; SHARE ROW EXCLUSIVE on public.a
ALTER TABLE public.b DROP CONSTRAINT b_a_id_fkey;

-- lock: ACCESS EXCLUSIVE on public.a
-- hazards: data_loss
DROP TABLE public.a;

-- lock: ACCESS EXCLUSIVE on public.b
-- hazards: data_loss
DROP TABLE public.b;

-- lock: ACCESS EXCLUSIVE on public.leaf
-- hazards: data_loss
DROP TABLE public.leaf;

-- lock: ACCESS EXCLUSIVE on public.p; SHARE ROW EXCLUSIVE on public.r
ALTER TABLE public.p DROP CONSTRAINT p_r_fk;

-- lock: ACCESS EXCLUSIVE on public.q; SHARE ROW EXCLUSIVE on public.p
ALTER TABLE public.q DROP CONSTRAINT q_p_id_fkey;

-- lock: ACCESS EXCLUSIVE on public.p
-- hazards: data_loss
DROP TABLE public.p;

-- lock: ACCESS EXCLUSIVE on public.r; SHARE ROW EXCLUSIVE on public.q
ALTER TABLE public.r DROP CONSTRAINT r_q_id_fkey;

-- lock: ACCESS EXCLUSIVE on public.q
-- hazards: data_loss
DROP TABLE public.q;

-- lock: ACCESS EXCLUSIVE on public.r
-- hazards: data_loss
DROP TABLE public.r;

-- lock: ACCESS EXCLUSIVE on public.c
-- hazards: data_loss
ALTER TABLE public.c DROP COLUMN x;

-- lock: ACCESS EXCLUSIVE on public.c
-- hazards: data_loss
ALTER TABLE public.c DROP COLUMN y;

CREATE TABLE public.tree (
    parent integer,
    id integer NOT NULL,
    CONSTRAINT tree_pkey PRIMARY KEY (id)
);

ALTER TABLE public.tree ADD CONSTRAINT tree_parent_fkey FOREIGN KEY (parent) REFERENCES public.tree (id);

COMMIT;
