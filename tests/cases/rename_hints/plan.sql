BEGIN;

-- renamed from reports
ALTER SCHEMA reports RENAME TO analytics;

-- renamed from mood
ALTER TYPE app.mood RENAME TO feeling;

-- renamed from users
-- lock: ACCESS EXCLUSIVE on app.users
ALTER TABLE app.users RENAME TO members;

-- renamed from adult_age
ALTER FUNCTION app.adult_age() RENAME TO adulthood;

-- renamed from username
-- lock: ACCESS EXCLUSIVE on app.members
ALTER TABLE app.members RENAME COLUMN username TO user_name;

-- renamed from age_ok
-- lock: ACCESS EXCLUSIVE on app.members
ALTER TABLE app.members RENAME CONSTRAINT age_ok TO age_positive;

-- renamed from by_feeling
ALTER INDEX app.by_feeling RENAME TO members_feeling_idx;

-- renamed from users_pkey
-- lock: ACCESS EXCLUSIVE on app.members
ALTER TABLE app.members RENAME CONSTRAINT users_pkey TO members_pkey;

-- renamed from users_username_key
-- lock: ACCESS EXCLUSIVE on app.members
ALTER TABLE app.members RENAME CONSTRAINT users_username_key TO members_user_name_key;

-- renamed from users_age_idx
ALTER INDEX app.users_age_idx RENAME TO members_age_idx;

-- renamed from users_id_seq
ALTER SEQUENCE app.users_id_seq RENAME TO members_id_seq;

-- lock: ACCESS EXCLUSIVE on app.members
ALTER TABLE app.members RENAME CONSTRAINT users_id_not_null TO members_id_not_null;

-- lock: ACCESS EXCLUSIVE on app.members
ALTER TABLE app.members RENAME CONSTRAINT users_username_not_null TO members_user_name_not_null;

COMMIT;
