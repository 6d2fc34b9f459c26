CREATE TYPE score_range AS RANGE (SUBTYPE = int4);
CREATE TABLE results (id int, band score_range, bands score_multirange);
INSERT INTO results VALUES (1, '[1,5)', '{[1,3), [7,9)}');
