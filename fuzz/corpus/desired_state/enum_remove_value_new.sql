CREATE TYPE status AS ENUM ('active', 'disabled');
CREATE TABLE accounts (id int, s status DEFAULT 'active');
