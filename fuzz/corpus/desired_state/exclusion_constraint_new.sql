CREATE EXTENSION btree_gist;
CREATE TABLE rooms (room int, during tsrange, EXCLUDE USING gist (room WITH =, during WITH &&));
