CREATE FOREIGN DATA WRAPPER files_wrapper;
CREATE SERVER files FOREIGN DATA WRAPPER files_wrapper;
CREATE FOREIGN TABLE remote_events (id bigint, at timestamptz, kind text) SERVER files;
