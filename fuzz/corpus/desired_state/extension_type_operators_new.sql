-- Operators of an extension's types resolve to the extension's operators, which the server
-- prints qualified (OPERATOR(public.~), '...'::public.citext) when read outside the search_path
-- they were made in.
CREATE EXTENSION citext;
CREATE EXTENSION btree_gist;
CREATE TABLE users (
    id int,
    email citext CHECK (email ~ '^[^@]+@[^@]+$' AND email <> ''),
    during tsrange,
    EXCLUDE USING gist (id WITH =, during WITH &&)
);
CREATE INDEX users_named ON users (id) WHERE email <> 'nobody';
CREATE VIEW people AS SELECT id, email FROM users WHERE email ~~ '%@example.com';
