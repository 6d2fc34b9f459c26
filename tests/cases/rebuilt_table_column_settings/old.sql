-- A rebuilt table's column settings are set on the new table, after the old one is gone.
CREATE TABLE audit_log (id int, object_type text NOT NULL);
