SET check_function_bodies = false;

BEGIN;

CREATE SCHEMA s2;

CREATE SEQUENCE s3.counter2;

CREATE TABLE s3.u (
    id integer DEFAULT nextval('s3.counter2'::regclass),
    t_id integer
);

ALTER TABLE s3.u ENABLE ROW LEVEL SECURITY;

CREATE VIEW s2.v1 (id, label) AS
SELECT t2.ident AS id, t2.name AS label FROM s3.t2;

CREATE FUNCTION public.trg()
    RETURNS trigger
    LANGUAGE plpgsql
AS $$BEGIN RETURN NEW; END$$;

CREATE FUNCTION s3.cnt()
    RETURNS bigint
    LANGUAGE sql
BEGIN ATOMIC
  SELECT count(*) FROM s3.t2;
END;

CREATE FUNCTION s3.twice(x integer)
    RETURNS integer
    LANGUAGE sql
    IMMUTABLE
AS $$SELECT x * 2$$;

CREATE TABLE s3.w (
    a integer,
    b integer DEFAULT s3.twice(1),
    CONSTRAINT w_a_check CHECK ((s3.twice(a) > 0))
);

CREATE INDEX w_expr ON s3.w USING btree ((s3.twice(a)));

CREATE VIEW s3.v2 (name, d) AS
SELECT v1.label AS name, s3.twice(v1.id) AS d FROM s2.v1;

CREATE TRIGGER touched BEFORE INSERT ON s3.w FOR EACH ROW EXECUTE FUNCTION public.trg();

CREATE POLICY readable ON s3.u AS PERMISSIVE FOR ALL TO PUBLIC USING ((EXISTS (SELECT 1 AS "?column?" FROM s3.t2 WHERE t2.ident = u.t_id)));

COMMIT;
