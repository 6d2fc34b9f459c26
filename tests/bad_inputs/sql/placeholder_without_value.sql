-- expect: 4:65: no value for the secret placeholder :'pgfleet_secret_bad_inputs_never_set': set PGFLEET_SECRET_BAD_INPUTS_NEVER_SET
CREATE FOREIGN DATA WRAPPER postgres_fdw;
CREATE SERVER remote FOREIGN DATA WRAPPER postgres_fdw OPTIONS (dbname 'x');
CREATE USER MAPPING FOR PUBLIC SERVER remote OPTIONS (user 'a', password :'pgfleet_secret_bad_inputs_never_set');
