#pragma once
// The roles a catalog names: owners, grantees, policy roles, default privileges and user
// mappings. Roles live in the cluster, not in a database or in the desired-state files, so
// only a cluster can say whether they exist.
#include <map>
#include <string>

#include "catalog/catalog.h"

namespace pgfleet {

// Each role named (PUBLIC and CURRENT_USER aside), with the first object that names it.
std::map<std::string, ObjectKey> named_roles(const Catalog& catalog);

}  // namespace pgfleet
