-- expect: 2:1: schema "nowhere" does not exist
CREATE EXTENSION pgcrypto SCHEMA nowhere;
