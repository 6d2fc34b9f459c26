-- A domain over a domain starts with the base's default; exponent constants are stored plain.
CREATE DOMAIN amount AS numeric(12,2) DEFAULT 0 CHECK (VALUE < 1e9);
CREATE DOMAIN positive_amount AS amount CHECK (VALUE > 1.5e-2);
CREATE DOMAIN capped_amount AS positive_amount DEFAULT 1 CHECK (VALUE <= -2.5E+3 * -4);
CREATE TABLE ledger (id integer, amt positive_amount, cap capped_amount, f double precision CHECK (f < 1e6));
