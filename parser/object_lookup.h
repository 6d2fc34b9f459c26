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

// Resolves any statement "object" node (List, String, TypeName, ObjectWithArgs) of an objtype.
ObjectKey lookup_object_node(StatementContext& ctx, const std::string& objtype, const pgast::Node& object);

// The identity-argument text of a routine signature ("integer, text[]") from TypeName nodes.
std::string identity_arguments(StatementContext& ctx, const pgast::Node& type_names);

// A routine by name and, when given, argument types; `kinds` limits what qualifies
// ("function", "procedure", "aggregate"). Throws StatementError when missing or ambiguous.
ObjectKey lookup_routine(StatementContext& ctx, const pgast::Node& object_with_args,
                         const std::vector<std::string>& kinds);

// Throws the StatementError for an object that does not exist: `what "name" does not exist`.
[[noreturn]] void throw_missing_object(const std::string& what, const std::string& name);

}  // namespace pgfleet
