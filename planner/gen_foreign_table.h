#pragma once
// The foreign-table parts of the table generator: column OPTIONS, SERVER and OPTIONS, and
// their changes.
#include <string>
#include <vector>

#include "planner/plan_builder.h"

namespace pgfleet {

// A column definition with the column's OPTIONS right after its type (as for any table when
// the column has none); psql variables the options need are added to `secrets`.
std::string foreign_column_definition(const Table& table, const Column& column, std::vector<std::string>& secrets);

// " SERVER s OPTIONS (...)" ending a CREATE FOREIGN TABLE.
std::string foreign_table_server(const Table& table, std::vector<std::string>& secrets);

// ALTER FOREIGN TABLE ... OPTIONS and ALTER COLUMN ... OPTIONS turning `from` into `to`.
void plan_foreign_options(const Change& change, const Table& from, const Table& to, PlanBuilder& plan);

}  // namespace pgfleet
