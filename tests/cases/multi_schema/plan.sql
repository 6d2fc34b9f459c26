BEGIN;

CREATE SCHEMA audit;

CREATE SEQUENCE audit.events_id_seq;

CREATE TABLE audit.events (
    id bigint DEFAULT nextval('audit.events_id_seq'::regclass) NOT NULL,
    invoice_id integer,
    CONSTRAINT events_pkey PRIMARY KEY (id)
);

ALTER SEQUENCE audit.events_id_seq OWNED BY audit.events.id;

-- lock: SHARE ROW EXCLUSIVE on billing.invoices
-- hazards: share_lock
ALTER TABLE audit.events ADD CONSTRAINT events_invoice_id_fkey FOREIGN KEY (invoice_id) REFERENCES billing.invoices (id);

COMMIT;
