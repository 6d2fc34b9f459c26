-- expect: 2:1: syntax error at or near "SELEC"
SELEC 1;
