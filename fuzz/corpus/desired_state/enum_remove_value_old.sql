CREATE TYPE status AS ENUM ('active', 'legacy', 'disabled');
CREATE TABLE accounts (id int, s status DEFAULT 'active');
