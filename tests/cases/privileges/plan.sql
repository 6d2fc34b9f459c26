BEGIN;

CREATE TYPE app.level AS ENUM ('low', 'high');

-- hazards: authorization_change
GRANT USAGE ON SCHEMA app TO app_reader;

-- hazards: authorization_change
REVOKE USAGE ON TYPE app.level FROM PUBLIC;

-- hazards: authorization_change
GRANT USAGE ON TYPE app.level TO app_reader;

-- hazards: authorization_change
GRANT USAGE ON SEQUENCE app.accounts_id_seq TO app_writer;

-- hazards: authorization_change
GRANT INSERT, SELECT, UPDATE ON TABLE app.accounts TO app_writer WITH GRANT OPTION;

-- hazards: authorization_change
GRANT SELECT (id) ON TABLE app.accounts TO app_reader;

-- hazards: authorization_change
GRANT SELECT (email) ON TABLE app.accounts TO app_reader;

COMMIT;
