#pragma once
// Differences inside a table that exists on both sides.
#include <vector>

#include "catalog/table.h"
#include "differ/change.h"

namespace pgfleet {

void diff_columns(const Table& from, const Table& to, std::vector<Change>& out);
void diff_constraints(const Table& from, const Table& to, std::vector<Change>& out);

// True when column `a` becomes `b` only by being dropped and added again.
bool column_replaced(const Column& a, const Column& b);

}  // namespace pgfleet
