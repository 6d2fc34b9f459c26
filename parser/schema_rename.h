#pragma once
// ALTER SCHEMA ... RENAME TO: every object in the schema moves to the new name, and what
// names them follows.
#include <string>

#include "parser/statement_context.h"

namespace pgfleet {

void rename_schema(StatementContext& ctx, const std::string& from, const std::string& to);

}  // namespace pgfleet
