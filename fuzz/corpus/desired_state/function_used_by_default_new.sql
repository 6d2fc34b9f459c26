CREATE FUNCTION next_code() RETURNS varchar LANGUAGE sql AS $$ SELECT 'a'::varchar $$;
CREATE TABLE t (id int, code text DEFAULT next_code());
