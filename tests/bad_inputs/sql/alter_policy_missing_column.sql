-- expect: 4:35: column "b" does not exist
CREATE TABLE t (a int);
CREATE POLICY p ON t USING (a = 1);
ALTER POLICY p ON t WITH CHECK (b = 2);
