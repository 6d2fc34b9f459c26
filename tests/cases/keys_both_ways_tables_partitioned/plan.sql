BEGIN;

-- lock: ACCESS EXCLUSIVE on public.accounts; SHARE ROW EXCLUSIVE on public.owners
ALTER TABLE public.accounts DROP CONSTRAINT accounts_owner_fk;

-- lock: ACCESS EXCLUSIVE on public.owners; SHARE ROW EXCLUSIVE on public.accounts
ALTER TABLE public.owners DROP CONSTRAINT owners_account_fk;

-- lock: ACCESS EXCLUSIVE on public.accounts
-- hazards: data_loss
DROP TABLE public.accounts;

-- lock: ACCESS EXCLUSIVE on public.owners
-- hazards: data_loss
DROP TABLE public.owners;

CREATE TABLE public.accounts (
    region text NOT NULL,
    code text NOT NULL,
    owner_code text,
    CONSTRAINT accounts_region_code_key UNIQUE (region, code)
) PARTITION BY LIST (region);

CREATE TABLE public.accounts_eu PARTITION OF public.accounts FOR VALUES IN ('eu');

CREATE TABLE public.owners (
    region text NOT NULL,
    code text NOT NULL,
    account_code text,
    CONSTRAINT owners_region_code_key UNIQUE (region, code)
) PARTITION BY LIST (region);

ALTER TABLE public.owners ADD CONSTRAINT owners_account_fk FOREIGN KEY (region, account_code) REFERENCES public.accounts (region, code);

CREATE TABLE public.owners_eu PARTITION OF public.owners FOR VALUES IN ('eu');

ALTER TABLE public.accounts ADD CONSTRAINT accounts_owner_fk FOREIGN KEY (region, owner_code) REFERENCES public.owners (region, code);

COMMIT;
