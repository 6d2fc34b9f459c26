#pragma once
// Names of routines that other objects call (support functions, handlers, event trigger
// functions), resolved the way the server would print them (see catalog/routine_ref.h).
#include <string>
#include <vector>

#include "parser/name_scope.h"

namespace pgfleet {

// Where an unqualified routine the model does not hold is taken to live: built in
// (pg_catalog), in the first schema of the search_path, or where extensions were created.
enum class UnknownRoutine { Builtin, CreationSchema, ExtensionSchema };

// Qualified names are taken as written; unqualified ones are looked up among the catalog's
// routines through the search_path, then placed as `unknown` says.
QualifiedName resolve_routine(const NameScope& scope, const std::vector<std::string>& names, UnknownRoutine unknown);

}  // namespace pgfleet
