-- expect: 2:1: function nowhere(integer) does not exist
DROP FUNCTION nowhere(int);
