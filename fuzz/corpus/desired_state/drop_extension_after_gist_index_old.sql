-- The GiST index on integer columns takes btree_gist's default operator class, which the
-- model does not name: the extension still goes after the table.
CREATE EXTENSION btree_gist;
CREATE TABLE boxes (id int, min_x int, max_x int);
CREATE INDEX boxes_range_idx ON boxes USING gist (min_x, max_x);
CREATE TABLE kept (id int);
