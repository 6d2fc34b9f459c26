BEGIN;

-- lock: ACCESS EXCLUSIVE on reports.daily
-- hazards: data_loss
DROP TABLE reports.daily;

-- hazards: authorization_change
ALTER DEFAULT PRIVILEGES IN SCHEMA reports REVOKE SELECT ON TABLES FROM app_reader;

DROP SCHEMA reports;

COMMIT;
