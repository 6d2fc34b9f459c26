-- expect: 3:43: relation "b" does not exist
CREATE VIEW a AS SELECT 1 AS x;
CREATE OR REPLACE VIEW a AS SELECT x FROM b;
CREATE VIEW b AS SELECT x FROM a;
