CREATE DOMAIN email AS text COLLATE "C"
    CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%')
    CHECK (length(VALUE) < 200);
CREATE DOMAIN positive_int AS integer DEFAULT 1 NOT NULL CHECK (VALUE > 0);
COMMENT ON DOMAIN email IS 'an e-mail address';
COMMENT ON CONSTRAINT email_has_at ON DOMAIN email IS 'must contain @';
CREATE TABLE accounts (
    id int PRIMARY KEY,
    contact email,
    logins positive_int,
    aliases email[]
);
