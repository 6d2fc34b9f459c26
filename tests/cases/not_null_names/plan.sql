BEGIN;

-- renamed from accounts
-- lock: ACCESS EXCLUSIVE on public.accounts
ALTER TABLE public.accounts RENAME TO customers;

-- renamed from base_items
-- lock: ACCESS EXCLUSIVE on public.base_items
ALTER TABLE public.base_items RENAME TO catalog_items;

-- renamed from email
-- lock: ACCESS EXCLUSIVE on public.customers
ALTER TABLE public.customers RENAME COLUMN email TO email_address;

-- renamed from accounts_pkey
-- lock: ACCESS EXCLUSIVE on public.customers
ALTER TABLE public.customers RENAME CONSTRAINT accounts_pkey TO customers_pkey;

-- lock: ACCESS EXCLUSIVE on public.catalog_items
ALTER TABLE public.catalog_items RENAME CONSTRAINT base_items_sku_not_null TO catalog_items_sku_not_null;

-- lock: ACCESS EXCLUSIVE on public.customers
ALTER TABLE public.customers RENAME CONSTRAINT accounts_id_not_null TO customers_id_not_null;

-- lock: ACCESS EXCLUSIVE on public.customers
ALTER TABLE public.customers RENAME CONSTRAINT accounts_email_not_null TO customers_email_address_not_null;

-- online form on public.customers: its size is unknown (planned without statistics), threshold 10 MB
-- lock: ACCESS EXCLUSIVE on public.customers
ALTER TABLE public.customers ADD CONSTRAINT note_pgfleet_not_null CHECK (note IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.events
ALTER TABLE public.events RENAME CONSTRAINT events_kind_not_null TO kind_given;

CREATE TABLE public.archived_customers (
    id bigint CONSTRAINT customers_id_not_null NOT NULL,
    email_address text CONSTRAINT customers_email_address_not_null NOT NULL,
    region text CONSTRAINT region_required NOT NULL,
    note text CONSTRAINT note_present NOT NULL,
    tier text CONSTRAINT tier_set NOT NULL
);

-- lock: ACCESS EXCLUSIVE on public.customers
ALTER TABLE public.customers ADD COLUMN tier text DEFAULT 'basic' CONSTRAINT tier_set NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.events
CREATE TABLE public.events_2027 PARTITION OF public.events (
    id WITH OPTIONS CONSTRAINT event_id_2027 NOT NULL
) FOR VALUES FROM ('2027-01-01 00:00:00+00') TO ('2028-01-01 00:00:00+00');

-- lock: SHARE UPDATE EXCLUSIVE on public.catalog_items
CREATE TABLE public.special_items_local (
    sku text,
    label text CONSTRAINT label_given NOT NULL
) INHERITS (public.catalog_items);

COMMIT;

BEGIN;

-- lock: SHARE UPDATE EXCLUSIVE on public.customers
-- hazards: validation_scan
ALTER TABLE public.customers VALIDATE CONSTRAINT note_pgfleet_not_null;

COMMIT;

BEGIN;

-- lock: ACCESS EXCLUSIVE on public.customers
ALTER TABLE public.customers ALTER COLUMN note SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.customers
ALTER TABLE public.customers DROP CONSTRAINT note_pgfleet_not_null;

-- lock: ACCESS EXCLUSIVE on public.customers
ALTER TABLE public.customers RENAME CONSTRAINT customers_note_not_null TO note_present;

COMMIT;
