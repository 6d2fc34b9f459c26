#pragma once
// PostgreSQL appends a new column and cannot move one. A table whose columns would end in
// another order than declared is rebuilt with its rows (planner/gen_table_rebuild.cpp);
// these say when that is needed and possible.
#include <set>
#include <string>
#include <vector>

#include "catalog/column_order.h"

namespace pgfleet {

// The column names of `to` in the order ALTER TABLE leaves them when `from` is altered in
// place: surviving columns where they are, new and re-added ones at the end.
std::vector<std::string> order_after_alter(const Table& from, const Table& to);

// True when altering `from` in place would leave its own columns in another order than `to`
// declares. Columns a child only inherits are left out: they follow the parent.
bool column_order_differs(const Table& from, const Table& to);

// A table is rebuilt for its column order when the order counts on both sides
// (catalog/column_order.h); `parents` holds the tables with partitions or children on either side.
bool rebuildable_for_order(const Table& from, const Table& to, const std::set<QualifiedName>& parents);

}  // namespace pgfleet
