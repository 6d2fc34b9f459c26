-- expect: 2:1: table "nowhere" does not exist
DROP TABLE nowhere;
