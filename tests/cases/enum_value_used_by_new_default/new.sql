-- The new default names a label the plan adds: the label is added (and committed, as
-- PostgreSQL requires before a new label is used) first.
CREATE TYPE priority AS ENUM ('low', 'normal', 'high');
CREATE TABLE tickets (id int, level priority DEFAULT 'normal');
