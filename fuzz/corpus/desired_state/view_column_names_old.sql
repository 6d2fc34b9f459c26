CREATE TABLE a (id int, name text, tags text[]);
CREATE TABLE b (id int);
CREATE TYPE pair AS (x int, y text);
CREATE TABLE c (id int, p pair);
CREATE FUNCTION mk(i int) RETURNS pair LANGUAGE sql AS $$ SELECT i, 'a'::text $$;
