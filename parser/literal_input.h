#pragma once
// A string literal given to a column of a built-in type must be valid input for that type:
// PostgreSQL refuses `id integer DEFAULT 'abc'` when the table is created, so the desired
// state does too, at the literal.
#include <string>

#include "parser/statement_context.h"
#include "pgast/parse.h"

namespace pgfleet {

// Throws StatementError("invalid", ...) when `raw_expr` is a string literal, bare or cast to a
// type, that the type (`type_sql` for a bare one) cannot read: integers (with their range),
// numeric and floating types, boolean and uuid. Other types and expressions pass.
void require_literal_input(StatementContext& ctx, const pgast::Node& raw_expr, const std::string& type_sql);

// True when `text` is input the built-in type reads, and for every type not checked.
bool accepts_input(const std::string& type_sql, const std::string& text);

}  // namespace pgfleet
