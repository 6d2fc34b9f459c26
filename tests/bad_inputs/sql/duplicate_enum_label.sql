-- expect: 2:1: enum label "sad" used more than once
CREATE TYPE mood AS ENUM ('sad', 'ok', 'sad');
