CREATE TYPE status AS ENUM ('active', 'disabled');
