#pragma once
// Table access methods and tablespaces: the model keeps heap tables in the default
// tablespace (Aurora has no other), and says so where the files ask for anything else.
#include <string>

#include "parser/statement_context.h"

namespace pgfleet {

// Warns (code "unsupported") for an access method other than heap or a tablespace other
// than pg_default; empty strings are "not given".
void warn_unmodeled_storage(StatementContext& ctx, const std::string& access_method, const std::string& tablespace);

}  // namespace pgfleet
