CREATE TABLE t (a int, b text, c jsonb);
CREATE UNIQUE INDEX t_b_lower ON t (lower(b)) WHERE a > 0;
CREATE INDEX t_multi ON t USING btree (a DESC NULLS LAST, b COLLATE "C" text_pattern_ops) INCLUDE (c);
CREATE INDEX t_c_gin ON t USING gin (c jsonb_path_ops);
CREATE INDEX t_hash ON t USING hash (b);
