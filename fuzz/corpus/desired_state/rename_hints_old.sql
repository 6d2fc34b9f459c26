CREATE SCHEMA app;
CREATE SCHEMA reports;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE TABLE app.users (
    id serial PRIMARY KEY,
    username text NOT NULL UNIQUE,
    age integer,
    feeling app.mood,
    CONSTRAINT age_ok CHECK (age > 0)
);
CREATE INDEX users_age_idx ON app.users (age);
CREATE INDEX by_feeling ON app.users (feeling);
CREATE TABLE app.visits (
    user_id integer REFERENCES app.users (id),
    at timestamptz NOT NULL
);
CREATE FUNCTION app.adult_age() RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 18';
CREATE VIEW reports.adults AS SELECT id, username FROM app.users WHERE age >= app.adult_age();
COMMENT ON TABLE app.users IS 'people who sign in';
