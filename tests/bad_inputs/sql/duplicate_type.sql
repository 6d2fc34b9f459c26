-- expect: 3:1: type "mood" already exists
CREATE TYPE mood AS ENUM ('a');
CREATE TYPE mood AS ENUM ('b');
