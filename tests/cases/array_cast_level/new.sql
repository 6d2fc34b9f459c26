CREATE TABLE findings (
    id uuid PRIMARY KEY,
    org_id uuid NOT NULL,
    status varchar(20) NOT NULL CHECK ((status)::text = ANY ((ARRAY['new'::character varying, 'acknowledged'::character varying, 'closed'::character varying])::text[])),
    tags text[] DEFAULT ARRAY[current_date::text]::text[]
);

-- The server's printing of old.sql's forms: read back, it casts each element instead, which
-- the server stores (and pg_dump prints) apart from the IN list.
CREATE INDEX findings_open ON findings (org_id)
    WHERE (status)::text = ANY ((ARRAY['new'::character varying, 'acknowledged'::character varying])::text[]);

CREATE VIEW open_findings AS SELECT id, status FROM findings
    WHERE (status)::text = ANY ((ARRAY['new'::character varying, 'acknowledged'::character varying])::text[]);

CREATE INDEX findings_closed ON findings (org_id) WHERE status IN ('closed');
