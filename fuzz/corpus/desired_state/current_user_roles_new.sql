CREATE TABLE docs (id int, owner_name text);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
-- CURRENT_USER is the role that runs the plan, bound when the plan is made against a database.
CREATE POLICY mine ON docs TO CURRENT_USER USING (owner_name = current_user);
GRANT SELECT ON docs TO CURRENT_USER;
CREATE FOREIGN DATA WRAPPER cu_wrapper;
CREATE SERVER cu_server FOREIGN DATA WRAPPER cu_wrapper;
CREATE USER MAPPING FOR CURRENT_USER SERVER cu_server OPTIONS (user 'remote');
