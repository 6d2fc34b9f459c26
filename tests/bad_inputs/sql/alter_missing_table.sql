-- expect: 2:13: relation "nowhere" does not exist
ALTER TABLE nowhere ADD COLUMN a int;
