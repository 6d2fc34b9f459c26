BEGIN;

-- lock: ACCESS EXCLUSIVE on public.this_is_a_rather_long_table_name_for_testing_truncation_rules
ALTER TABLE public.this_is_a_rather_long_table_name_for_testing_truncation_rules ADD COLUMN another_quite_long_column_name_here integer;

-- online form on public.this_is_a_rather_long_table_name_for_testing_truncation_rules: its size is unknown (planned without statistics), threshold 10 MB
-- lock: ACCESS EXCLUSIVE on public.this_is_a_rather_long_table_name_for_testing_truncation_rules
ALTER TABLE public.this_is_a_rather_long_table_name_for_testing_truncation_rules ADD CONSTRAINT this_is_a_rather_long_table__another_quite_long_column_na_check CHECK ((another_quite_long_column_name_here > 0)) NOT VALID;

COMMIT;

BEGIN;

-- lock: SHARE UPDATE EXCLUSIVE on public.this_is_a_rather_long_table_name_for_testing_truncation_rules
-- hazards: validation_scan
ALTER TABLE public.this_is_a_rather_long_table_name_for_testing_truncation_rules VALIDATE CONSTRAINT this_is_a_rather_long_table__another_quite_long_column_na_check;

COMMIT;

-- online form on public.this_is_a_rather_long_table_name_for_testing_truncation_rules: its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE UPDATE EXCLUSIVE on public.this_is_a_rather_long_table_name_for_testing_truncation_rules
-- hazards: index_build, non_transactional
CREATE UNIQUE INDEX CONCURRENTLY this_is_a_rather_long_table_n_another_quite_long_column_nam_key ON public.this_is_a_rather_long_table_name_for_testing_truncation_rules USING btree (another_quite_long_column_name_here);

BEGIN;

-- lock: ACCESS EXCLUSIVE on public.this_is_a_rather_long_table_name_for_testing_truncation_rules
ALTER TABLE public.this_is_a_rather_long_table_name_for_testing_truncation_rules ADD CONSTRAINT this_is_a_rather_long_table_n_another_quite_long_column_nam_key UNIQUE USING INDEX this_is_a_rather_long_table_n_another_quite_long_column_nam_key;

COMMIT;
