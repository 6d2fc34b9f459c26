-- expect: 3:41: invalid input value for enum mood: "angry"
CREATE TYPE mood AS ENUM ('ok', 'sad');
CREATE TABLE t (m mood NOT NULL DEFAULT 'angry');
