CREATE TYPE note_status AS ENUM ('open', 'closed');
CREATE TABLE notes (id int PRIMARY KEY, user_id int, status note_status NOT NULL DEFAULT 'open');
