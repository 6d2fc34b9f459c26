BEGIN;

CREATE TYPE app.level AS ENUM ('low', 'high');

GRANT USAGE ON SCHEMA app TO app_reader;

REVOKE USAGE ON TYPE app.level FROM PUBLIC;

GRANT USAGE ON TYPE app.level TO app_reader;

GRANT USAGE ON SEQUENCE app.accounts_id_seq TO app_writer;

GRANT INSERT, SELECT, UPDATE ON TABLE app.accounts TO app_writer WITH GRANT OPTION;

GRANT SELECT (id) ON TABLE app.accounts TO app_reader;

GRANT SELECT (email) ON TABLE app.accounts TO app_reader;

COMMIT;
