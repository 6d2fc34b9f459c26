-- expect: 2:17: invalid UTF-8 (byte 0xE9): a desired-state file must be UTF-8
CREATE TABLE café (x int);
