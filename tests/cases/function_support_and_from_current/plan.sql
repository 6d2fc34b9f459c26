BEGIN;

ALTER SEQUENCE app.ticket SET UNLOGGED;

ALTER FUNCTION app.answer() SET search_path TO app, public SET work_mem TO '64MB';

ALTER FUNCTION app.like_text(text, text) SUPPORT pg_catalog.textlike_support;

-- lock: SHARE UPDATE EXCLUSIVE on app.items
ALTER TABLE app.items CLUSTER ON items_id;

COMMIT;
