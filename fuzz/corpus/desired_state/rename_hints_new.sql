CREATE SCHEMA app;
CREATE SCHEMA analytics; -- pgfleet:renamed-from reports
CREATE TYPE app.feeling AS ENUM ('sad', 'happy'); -- pgfleet:renamed-from mood
-- pgfleet:renamed-from users
CREATE TABLE app.members (
    id serial PRIMARY KEY,
    user_name text NOT NULL UNIQUE, -- pgfleet:renamed-from username
    age integer,
    feeling app.feeling,
    CONSTRAINT age_positive CHECK (age > 0) -- @renamed from=age_ok
);
-- Renamed without a hint: the definition is unchanged, so only the name moves.
CREATE INDEX members_age_idx ON app.members (age);
CREATE INDEX members_feeling_idx ON app.members (feeling); -- pgfleet:renamed-from by_feeling
CREATE TABLE app.visits (
    user_id integer REFERENCES app.members (id),
    at timestamptz NOT NULL
);
CREATE FUNCTION app.adulthood() RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 18'; -- pgfleet:renamed-from adult_age
CREATE VIEW analytics.adults AS SELECT id, user_name AS username FROM app.members WHERE age >= app.adulthood();
COMMENT ON TABLE app.members IS 'people who sign in';
