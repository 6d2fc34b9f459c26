-- expect: 3:24: invalid UTF-8 (byte 0xE2): a desired-state file must be UTF-8
CREATE TABLE t (x int);
COMMENT ON TABLE t IS 'â‚';
