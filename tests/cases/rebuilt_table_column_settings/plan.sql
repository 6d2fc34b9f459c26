BEGIN;

CREATE TEMPORARY TABLE pgfleet_rows_ed468156adb94a29 AS SELECT id, object_type FROM ONLY public.audit_log;

-- lock: ACCESS EXCLUSIVE on public.audit_log
-- hazards: table_rewrite
DROP TABLE public.audit_log;

CREATE TABLE public.audit_log (
    id integer,
    actor_id uuid,
    object_type text NOT NULL
);

INSERT INTO public.audit_log (id, object_type) SELECT id, object_type FROM pg_temp.pgfleet_rows_ed468156adb94a29;

DROP TABLE pg_temp.pgfleet_rows_ed468156adb94a29;

ALTER TABLE public.audit_log ALTER COLUMN object_type SET STATISTICS 500;

COMMIT;
