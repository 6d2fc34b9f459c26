-- Enumerations shared by the tenant tables.
CREATE TYPE manifest_state AS ENUM ('draft', 'submitted', 'approved', 'rejected', 'archived');
CREATE TYPE approval_decision AS ENUM ('pending', 'approved', 'rejected');
