-- expect: 3:1: "b" is not an existing enum label
CREATE TYPE mood AS ENUM ('a');
ALTER TYPE mood RENAME VALUE 'b' TO 'c';
