BEGIN;

CREATE TABLE public.users (
    tenant_id uuid NOT NULL,
    id bigint NOT NULL GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.users_id_seq),
    email character varying(320) NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT users_pkey PRIMARY KEY (tenant_id, id),
    CONSTRAINT users_tenant_id_email_key UNIQUE (tenant_id, email)
);

-- lock: SHARE ROW EXCLUSIVE on public.tenants
-- hazards: share_lock
ALTER TABLE public.users ADD CONSTRAINT users_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants (id) ON DELETE CASCADE;

COMMENT ON TABLE public.users IS 'people who sign in';

COMMENT ON COLUMN public.users.email IS 'login address';

COMMIT;
