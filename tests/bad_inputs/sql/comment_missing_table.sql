-- expect: 2:1: relation "nowhere" does not exist
COMMENT ON TABLE nowhere IS 'x';
