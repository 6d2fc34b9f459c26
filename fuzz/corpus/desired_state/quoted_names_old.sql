CREATE TABLE "Order Items" ("Quantity" int);
