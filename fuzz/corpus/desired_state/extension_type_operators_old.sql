CREATE EXTENSION citext;
CREATE EXTENSION btree_gist;
CREATE TABLE users (id int, email citext, during tsrange);
