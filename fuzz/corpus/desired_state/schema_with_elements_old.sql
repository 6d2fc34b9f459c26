CREATE TABLE outside (x int);
