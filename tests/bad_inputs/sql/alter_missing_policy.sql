-- expect: 3:1: policy "p" for table "t" does not exist
CREATE TABLE t (a int);
ALTER POLICY p ON t USING (a = 1);
