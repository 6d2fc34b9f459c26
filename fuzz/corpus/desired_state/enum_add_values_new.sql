CREATE TYPE status AS ENUM ('pending', 'active', 'suspended', 'disabled');
