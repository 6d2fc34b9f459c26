CREATE TYPE floatrange AS RANGE (SUBTYPE = float8, SUBTYPE_DIFF = float8mi);
CREATE TYPE textspan AS RANGE (SUBTYPE = text, COLLATION = "C", MULTIRANGE_TYPE_NAME = textspans);
COMMENT ON TYPE floatrange IS 'ranges of doubles';
REVOKE USAGE ON TYPE textspan FROM PUBLIC;
CREATE TABLE bookings (id int, during floatrange, labels textspan, many floatmultirange);
