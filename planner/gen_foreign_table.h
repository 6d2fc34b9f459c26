#pragma once
// The foreign-table parts of the table generator: CREATE FOREIGN TABLE and its OPTIONS.
#include "planner/plan_builder.h"

namespace pgfleet {

// CREATE FOREIGN TABLE with columns (and their OPTIONS), CHECK constraints, SERVER, OPTIONS.
// Returns the statement; the caller adds it with what it creates.
std::string create_foreign_table_sql(const Table& table);

// ALTER FOREIGN TABLE ... OPTIONS and ALTER COLUMN ... OPTIONS turning `from` into `to`.
void plan_foreign_options(const Change& change, const Table& from, const Table& to, PlanBuilder& plan);

}  // namespace pgfleet
