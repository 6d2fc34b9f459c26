#pragma once
// Finding the object a COMMENT / RENAME / OWNER statement names, as an ObjectKey.
#include <optional>
#include <string>

#include "parser/statement_context.h"

namespace pgfleet {

// The names in a statement's "object" node (List, String or TypeName).
std::vector<std::string> statement_object_names(const pgast::Node& object);

// Resolves (objtype, names) to an existing object; throws StatementError when missing,
// and StatementError("unsupported") for kinds the model does not have.
ObjectKey lookup_object(StatementContext& ctx, const std::string& objtype, const std::vector<std::string>& names);

}  // namespace pgfleet
