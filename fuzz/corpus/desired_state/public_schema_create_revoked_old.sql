-- PostgreSQL 13 and 14 let PUBLIC create in the public schema; 15 and later do not. A file that
-- revokes it means it on every major, and the plan does it where the server gives it.
CREATE TABLE notes (id bigint PRIMARY KEY, body text);
