CREATE TABLE users (id int PRIMARY KEY, name text, status varchar(10), team_id int);
CREATE TABLE teams (id int PRIMARY KEY, title text);
CREATE VIEW active_users AS SELECT * FROM users WHERE status IN ('active', 'trial');
CREATE VIEW user_teams (user_id, user_name, team) WITH (security_invoker = true) AS
  SELECT u.id, name, t.title FROM active_users u LEFT JOIN teams t ON t.id = u.team_id ORDER BY 2;
CREATE VIEW team_sizes AS SELECT team_id, count(*) AS members, max(name) FROM users GROUP BY 1 HAVING count(*) > 1;
CREATE MATERIALIZED VIEW team_stats AS SELECT t.title, (SELECT count(*) FROM users WHERE team_id = t.id) AS n FROM teams t;
CREATE UNIQUE INDEX ON team_stats (title);
COMMENT ON VIEW active_users IS 'users who can sign in';
COMMENT ON COLUMN user_teams.team IS 'team title';
