#pragma once
// Columns an expression of a table names must be the table's: PostgreSQL refuses a CHECK, a
// generated column, an index expression or a policy on a column that is not there, so the
// desired state does too, at the statement.
#include "catalog/expr.h"
#include "catalog/table.h"

namespace pgfleet {

// tableoid, ctid, xmin, ...: every table has them, no table declares them.
bool is_system_column(const std::string& name);

// Throws StatementError("missing-object", ..., offset) for the first column `expr` names on
// `table` that the table lacks (its own name, a whole-row reference, and system columns aside).
void require_referenced_columns(const Table& table, const Expr& expr, int offset);

}  // namespace pgfleet
