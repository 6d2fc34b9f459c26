-- expect: 2:14: unterminated quoted identifier at or near ""t (a int);
CREATE TABLE "t (a int);
