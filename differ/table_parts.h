#pragma once
// Differences inside a table that exists on both sides.
#include <vector>

#include "catalog/catalog.h"
#include "differ/change.h"

namespace pgfleet {

// The catalogs give the parents of tables that inherit columns (see inherited_column.h).
void diff_columns(const Catalog& from_catalog, const Catalog& to_catalog, const Table& from, const Table& to,
                  std::vector<Change>& out);
void diff_constraints(const Table& from, const Table& to, std::vector<Change>& out);

// True when column `a` becomes `b` only by being dropped and added again.
bool column_replaced(const Column& a, const Column& b);

}  // namespace pgfleet
