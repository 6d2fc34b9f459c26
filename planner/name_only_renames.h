#pragma once
// Objects that differ from what the desired state wants in their name alone: a constraint,
// index or owned sequence the database has under a name the desired state does not use,
// while the desired state has one just like it under a name the database does not use.
// Renaming it is instant, where dropping and creating it again rebuilds its index or scans
// the table; a table renamed by hint brings its "users_pkey" to "members_pkey" this way.
#include <string>
#include <vector>

#include "catalog/catalog.h"

namespace pgfleet {

struct NameOnlyRename {
    std::string sql;
    ObjectKey object;  // as the desired state names it
    std::string from;  // its name in the database
};

// In a deterministic order (by table, then by old name).
std::vector<NameOnlyRename> name_only_renames(const Catalog& current, const Catalog& desired);

}  // namespace pgfleet
