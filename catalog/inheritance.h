#pragma once
// Tables that take columns from another: partitions and inheritance children.
#include <vector>

#include "catalog/catalog.h"

namespace pgfleet {

// Every table below `parent` (partitions, children, theirs in turn), parents before children.
std::vector<QualifiedName> tables_inheriting(const Catalog& catalog, const QualifiedName& parent);

// The one table `table` takes its columns from (its partitioned table, or its only parent),
// or nullptr.
const Table* single_parent(const Catalog& catalog, const Table& table);

}  // namespace pgfleet
