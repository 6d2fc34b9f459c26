BEGIN;

CREATE VIEW public.active_users (id, name, status, team_id) AS
SELECT * FROM public.users WHERE status IN ('active', 'trial');

CREATE VIEW public.team_sizes (team_id, members, max) AS
SELECT team_id, count(*) AS members, max(name) FROM public.users GROUP BY 1 HAVING count(*) > 1;

CREATE MATERIALIZED VIEW public.team_stats (title, n) AS
SELECT t.title, (SELECT count(*) FROM public.users WHERE team_id = t.id) AS n FROM public.teams t;

CREATE UNIQUE INDEX team_stats_title_idx ON public.team_stats USING btree (title);

CREATE VIEW public.user_teams (user_id, user_name, team) WITH (security_invoker='true') AS
SELECT u.id, name, t.title FROM public.active_users u LEFT JOIN public.teams t ON t.id = u.team_id ORDER BY 2;

COMMENT ON VIEW public.active_users IS 'users who can sign in';

COMMENT ON COLUMN public.user_teams.team IS 'team title';

COMMIT;
