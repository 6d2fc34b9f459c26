BEGIN;

ALTER TABLE billing.payments DROP COLUMN amount;

ALTER TABLE billing.payments DROP COLUMN fee;

DROP DOMAIN billing.positive_cents;

DROP DOMAIN billing.cents;

COMMIT;
