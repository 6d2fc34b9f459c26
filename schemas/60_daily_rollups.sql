-- Per-day usage totals.
CREATE TABLE daily_rollups (
    tenant_id  uuid NOT NULL,
    day        date NOT NULL,
    metric     text NOT NULL,
    value      numeric(20,4) NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, day, metric)
);
