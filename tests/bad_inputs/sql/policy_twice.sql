-- expect: 4:1: policy "p" for table "t" already exists
CREATE TABLE t (a int);
CREATE POLICY p ON t USING (a = 1);
CREATE POLICY p ON t USING (a = 2);
