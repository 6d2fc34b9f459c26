CREATE EXTENSION btree_gist;
CREATE TABLE rooms (room int, during tsrange);
