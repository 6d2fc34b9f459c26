#pragma once
// ALTER DEFAULT PRIVILEGES: what future objects of a role get.
#include <string>

#include <nlohmann/json.hpp>

#include "catalog/privilege.h"

namespace pgfleet {

// For objects `role` creates (in `schema`, or anywhere when empty) of `object_type`:
// "tables", "sequences", "functions", "types", "schemas". `grants` are the privileges added
// to (or, for PUBLIC's built-in EXECUTE/USAGE, kept from) the built-in defaults.
struct DefaultPrivilege {
    std::string role;
    std::string schema;
    std::string object_type;
    Privileges grants;
    bool operator==(const DefaultPrivilege&) const = default;
};

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(DefaultPrivilege, role, schema, object_type, grants)

}  // namespace pgfleet
