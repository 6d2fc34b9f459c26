#pragma once
// Columns a table takes from its parent (partitions, inheritance children). ALTER TABLE
// without ONLY gives the parent's new default, statistics target and storage to every table
// below (SET and DROP NOT NULL too), which may then keep settings of its own; comments,
// options, compression and privileges stay each table's own.
#include <string>

#include "catalog/catalog.h"

namespace pgfleet {

// True when `column` of `table` (of `to`) comes from the one parent it has, and had that
// parent in `from` too: its settings follow the parent's as above.
bool column_follows_parent(const Catalog& from, const Catalog& to, const Table& table, const std::string& column);

// Such a column as it is once the plan's statements on its parents ran and before its own:
// the parent's new value for each setting they reach it with, its own from before the plan
// for the rest. The differ compares it with the desired column; the planner starts from it.
Column column_after_parents(const Catalog& from, const Catalog& to, const Table& table, const std::string& column);

}  // namespace pgfleet
