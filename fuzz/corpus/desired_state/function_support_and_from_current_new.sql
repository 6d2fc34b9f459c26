CREATE SCHEMA app;
-- The planner support function lets LIKE-style calls use indexes; it changes in place.
CREATE FUNCTION app.like_text(text, text) RETURNS boolean LANGUAGE internal IMMUTABLE STRICT
    SUPPORT textlike_support AS 'textlike';
-- FROM CURRENT captures what the files SET before it.
SET search_path = app, public;
SET work_mem = '64MB';
CREATE FUNCTION answer() RETURNS integer LANGUAGE sql
    SET search_path FROM CURRENT SET work_mem FROM CURRENT AS 'SELECT 42';
RESET search_path;
CREATE TABLE app.items (id integer NOT NULL, name text);
CREATE UNIQUE INDEX items_id ON app.items (id);
-- CLUSTER ... USING marks the clustering index, as CLUSTER ON does.
CLUSTER app.items USING items_id;
CREATE SEQUENCE app.ticket;
ALTER SEQUENCE app.ticket SET UNLOGGED;
