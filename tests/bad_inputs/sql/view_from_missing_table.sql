-- expect: 2:32: relation "t" does not exist
CREATE VIEW v AS SELECT a FROM t;
