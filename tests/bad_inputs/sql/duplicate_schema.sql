-- expect: 3:1: schema "s" already exists
CREATE SCHEMA s;
CREATE SCHEMA s;
