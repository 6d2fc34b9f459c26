-- expect: 2:32: unterminated quoted string at or near "'x);
CREATE TABLE t (a text DEFAULT 'x);
