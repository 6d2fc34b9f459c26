#pragma once
// A snapshot is a file anyone can edit: before a plan relies on it, the objects that hang off
// another (partitions, indexes, triggers, policies, rules, owned sequences) must find it there,
// and a CHECK must have its expression.
#include <string>
#include <vector>

#include "catalog/catalog.h"

namespace pgfleet {

// One line per reference the catalog cannot resolve; empty for every catalog pgfleet reads.
std::vector<std::string> dangling_references(const Catalog& catalog);

}  // namespace pgfleet
