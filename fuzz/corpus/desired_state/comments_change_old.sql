CREATE TABLE t (id int CONSTRAINT t_id_check CHECK (id > 0));
COMMENT ON TABLE t IS 'old';
COMMENT ON COLUMN t.id IS 'key';
