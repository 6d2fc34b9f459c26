-- expect: 3:1: type "d" already exists
CREATE DOMAIN d AS int;
CREATE DOMAIN d AS text;
