CREATE TYPE priority AS ENUM ('low', 'high');
CREATE TABLE tickets (id int, level priority);
