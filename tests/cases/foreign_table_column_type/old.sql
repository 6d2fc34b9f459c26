CREATE FOREIGN DATA WRAPPER files_wrapper;
CREATE SERVER files FOREIGN DATA WRAPPER files_wrapper;
CREATE FOREIGN TABLE remote_events (id int, at text, kind text) SERVER files;
