BEGIN;

-- lock: ACCESS EXCLUSIVE on public.p; ACCESS EXCLUSIVE on public.p3
ALTER TABLE public.p DETACH PARTITION public.p3;

-- lock: SHARE UPDATE EXCLUSIVE on public.p; ACCESS EXCLUSIVE on public.loose
-- hazards: access_exclusive_lock, validation_scan
ALTER TABLE public.p ATTACH PARTITION public.loose FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

COMMIT;
