CREATE TABLE this_is_a_rather_long_table_name_for_testing_truncation_rules (id int, another_quite_long_column_name_here int UNIQUE, CHECK (another_quite_long_column_name_here > 0));
