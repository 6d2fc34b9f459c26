#pragma once
// Server definitions of types that may use one another, put in an order they can be created in.
#include <string>
#include <vector>

#include "catalog/object_key.h"

namespace pgfleet {

struct TypeDefinition {
    QualifiedName name;
    std::vector<std::string> type_texts;  // the types it uses, as canonical type text
    std::string ddl;
};

// Each definition after the ones it uses; otherwise by name. Uses of types outside the list
// (built-ins, enums already read) do not constrain the order.
std::vector<TypeDefinition> in_creation_order(std::vector<TypeDefinition> definitions);

}  // namespace pgfleet
