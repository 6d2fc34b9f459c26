BEGIN;

CREATE TABLE public.events (
    kind text NOT NULL,
    body text
) PARTITION BY LIST (kind);

-- lock: ACCESS EXCLUSIVE on public.events_old; ACCESS EXCLUSIVE on public.events_login
ALTER TABLE public.events_old DETACH PARTITION public.events_login;

-- lock: ACCESS EXCLUSIVE on public.events_old
-- hazards: data_loss
DROP TABLE public.events_old;

-- lock: ACCESS EXCLUSIVE on public.events_login
ALTER TABLE public.events_login RENAME CONSTRAINT events_old_kind_not_null TO events_kind_not_null;

-- lock: ACCESS EXCLUSIVE on public.events_login
-- hazards: access_exclusive_lock, validation_scan
ALTER TABLE public.events ATTACH PARTITION public.events_login FOR VALUES IN ('login');

COMMIT;
