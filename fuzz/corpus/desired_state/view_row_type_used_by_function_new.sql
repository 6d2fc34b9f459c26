-- The view gains a column in the middle, so it is rebuilt; the function returning its row
-- type goes first and comes back after.
CREATE TABLE users (id integer PRIMARY KEY, email text, role text, created_at timestamptz);
CREATE VIEW active_users AS SELECT id, email, role, created_at FROM users;
CREATE FUNCTION newest_user() RETURNS active_users LANGUAGE sql STABLE
    AS 'SELECT * FROM active_users ORDER BY created_at DESC LIMIT 1';
