BEGIN;

-- lock: ACCESS EXCLUSIVE on billing.payments
-- hazards: data_loss
ALTER TABLE billing.payments DROP COLUMN amount;

-- lock: ACCESS EXCLUSIVE on billing.payments
-- hazards: data_loss
ALTER TABLE billing.payments DROP COLUMN fee;

DROP DOMAIN billing.positive_cents;

DROP DOMAIN billing.cents;

COMMIT;
