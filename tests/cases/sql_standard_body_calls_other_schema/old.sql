-- The server lists public's routines before util's: the bodies that call util's must
-- still name them as written once everything is read.
CREATE SCHEMA util;
