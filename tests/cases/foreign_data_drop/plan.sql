BEGIN;

-- lock: ACCESS EXCLUSIVE on public.legacy_orders
DROP FOREIGN TABLE public.legacy_orders;

DROP FOREIGN DATA WRAPPER unused_wrapper;

-- hazards: authorization_change
DROP USER MAPPING FOR PUBLIC SERVER legacy;

DROP SERVER legacy;

COMMIT;
