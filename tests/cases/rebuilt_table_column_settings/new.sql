CREATE TABLE audit_log (id int, actor_id uuid, object_type text NOT NULL);
ALTER TABLE audit_log ALTER COLUMN object_type SET STATISTICS 500;
