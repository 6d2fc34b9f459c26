#pragma once
// When a table's column order is part of its state. PostgreSQL cannot move a column, so the
// order counts only where pgfleet can rebuild the table to reach it: not for partitions,
// partitioned or typed tables, nor for tables with children; and for a child, only among
// its own columns (those it merely inherits follow the parent).
#include <set>

#include "catalog/catalog.h"

namespace pgfleet {

// Tables with partitions or children in `catalog`.
std::set<QualifiedName> parent_tables(const Catalog& catalog);

// True when the order of `table`'s own columns is part of its state.
bool column_order_counts(const Table& table, const std::set<QualifiedName>& parents);

// True for a column whose place counts: the table's own, or any column of a table without parents.
bool column_place_counts(const Table& table, const Column& column);

}  // namespace pgfleet
