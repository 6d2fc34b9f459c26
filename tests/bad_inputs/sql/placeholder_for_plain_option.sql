-- expect: 3:77: option "host" is no secret
CREATE FOREIGN DATA WRAPPER postgres_fdw;
CREATE SERVER remote FOREIGN DATA WRAPPER postgres_fdw OPTIONS (dbname 'x', host :'pgfleet_secret_remote_host');
