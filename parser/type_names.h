#pragma once
// TypeName trees -> canonical type text, the same text format_type() prints.
#include <optional>
#include <string>

#include "parser/name_scope.h"
#include "pgast/node.h"

namespace pgfleet {

struct ResolvedType {
    std::string sql;                           // "character varying(20)", "public.mood[]"
    std::optional<QualifiedName> user_type;    // set for types outside pg_catalog
};

// Resolves a TypeName body; throws StatementError("missing-object") for an unknown type.
// `location_base` is added to node locations to report file offsets.
ResolvedType resolve_type(const pgast::Node& type_name, const NameScope& scope, int location_base = 0);

// The same without modifiers: routine argument and result types keep none (PostgreSQL drops them).
ResolvedType resolve_type_without_modifiers(const pgast::Node& type_name, const NameScope& scope,
                                            int location_base = 0);

}  // namespace pgfleet
