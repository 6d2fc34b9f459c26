CREATE SCHEMA old_stuff;
