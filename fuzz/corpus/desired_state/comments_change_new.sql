CREATE TABLE t (id int CONSTRAINT t_id_check CHECK (id > 0));
COMMENT ON TABLE t IS 'new';
COMMENT ON CONSTRAINT t_id_check ON t IS 'positive';
