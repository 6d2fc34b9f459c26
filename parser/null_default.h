#pragma once
// DEFAULT NULL: PostgreSQL stores no default at all when the default, coerced to the column's
// (or a domain's base) type, is a bare NULL constant.
#include <string>

#include "parser/statement_context.h"
#include "pgast/parse.h"

namespace pgfleet {

// True when `raw_expr` as the default of a column (or domain) of type `type_sql` stores
// nothing: NULL or NULL::<that type>, where the type takes no modifier and is no domain (a
// length coercion or a domain check keeps the NULL an expression, which is stored).
bool default_is_stored_as_none(StatementContext& ctx, const pgast::Node& raw_expr, const std::string& type_sql);

}  // namespace pgfleet
