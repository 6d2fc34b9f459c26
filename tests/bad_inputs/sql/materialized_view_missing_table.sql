-- expect: 2:46: relation "nowhere" does not exist
CREATE MATERIALIZED VIEW mv AS SELECT a FROM nowhere;
