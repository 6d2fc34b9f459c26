-- expect: 2:1: type "nowhere" does not exist
ALTER TYPE nowhere ADD VALUE 'x';
