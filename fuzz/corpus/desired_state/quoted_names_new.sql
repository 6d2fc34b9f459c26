CREATE TABLE "Order Items" ("Quantity" int, "select" text, "Note" text DEFAULT 'it''s');
CREATE INDEX "Order Items_idx" ON "Order Items" ("Quantity");
