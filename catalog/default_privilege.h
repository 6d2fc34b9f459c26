#pragma once
// ALTER DEFAULT PRIVILEGES: what future objects of a role get.
#include <map>
#include <string>

#include "catalog/object_key.h"

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

// What an entry is measured against: the built-in defaults for a global entry (PUBLIC's
// EXECUTE/USAGE), nothing for a per-schema entry (it can only add).
Privileges default_privilege_baseline(const std::string& schema, const std::string& object_type);

// "tables" -> "table": the privilege vocabulary (all_privileges) of the objects an entry covers.
std::string default_privilege_acl_type(const std::string& object_type);

// What `role` gets on a new object of `object_type` in `schema`, before any GRANT: the
// global entry (or the built-in defaults) plus the schema's entry.
Privileges privileges_for_new_object(const std::map<ObjectKey, DefaultPrivilege>& entries, const std::string& role,
                                     const std::string& schema, const std::string& object_type);

}  // namespace pgfleet
