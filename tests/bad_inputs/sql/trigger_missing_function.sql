-- expect: 3:1: function no_such_fn() does not exist
CREATE TABLE t (a int);
CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION no_such_fn();
