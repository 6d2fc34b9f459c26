-- expect: 3:36: column "tenant" does not exist
CREATE TABLE t (a int);
CREATE POLICY p ON t USING (tenant = 1);
