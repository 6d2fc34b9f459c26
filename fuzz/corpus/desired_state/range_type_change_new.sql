CREATE TYPE score_range AS RANGE (SUBTYPE = int8);
CREATE TABLE results (id int, band score_range, bands score_multirange);
