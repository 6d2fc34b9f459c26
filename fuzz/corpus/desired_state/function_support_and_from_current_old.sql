CREATE SCHEMA app;
CREATE FUNCTION app.like_text(text, text) RETURNS boolean LANGUAGE internal IMMUTABLE STRICT AS 'textlike';
CREATE FUNCTION app.answer() RETURNS integer LANGUAGE sql AS 'SELECT 42';
CREATE TABLE app.items (id integer NOT NULL, name text);
CREATE UNIQUE INDEX items_id ON app.items (id);
CREATE SEQUENCE app.ticket;
