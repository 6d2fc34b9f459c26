BEGIN;

ALTER TABLE public."Order Items" ADD COLUMN "select" text;

ALTER TABLE public."Order Items" ADD COLUMN "Note" text DEFAULT 'it''s';

CREATE INDEX "Order Items_idx" ON public."Order Items" USING btree ("Quantity");

COMMIT;
