SET check_function_bodies = false;

BEGIN;

DROP FUNCTION app.like_text(text, text);

ALTER SEQUENCE app.ticket SET LOGGED;

-- lock: SHARE UPDATE EXCLUSIVE on app.items
ALTER TABLE app.items SET WITHOUT CLUSTER;

ALTER FUNCTION app.answer() RESET search_path RESET work_mem;

CREATE FUNCTION app.like_text(text, text)
    RETURNS boolean
    LANGUAGE internal
    IMMUTABLE STRICT
AS $$textlike$$;

COMMIT;
