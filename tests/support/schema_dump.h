#pragma once
// Comparing databases the way the convergence check does: pg_dump --schema-only, with
// comments, SET lines and meta-commands removed and statements sorted.
#include <string>
#include <vector>

namespace pgfleet::testing {

// The dump's statements, normalized and sorted.
std::vector<std::string> normalize_dump(const std::string& dump);

// The same, with the column lines of each CREATE TABLE sorted too.
std::vector<std::string> ignore_column_order(const std::vector<std::string>& statements);

// Lines only in `expected` (prefixed "-") and only in `actual` ("+").
std::string statement_diff(const std::vector<std::string>& expected, const std::vector<std::string>& actual);

}  // namespace pgfleet::testing
