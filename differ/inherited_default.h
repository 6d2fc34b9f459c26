#pragma once
// Defaults of columns a table takes from its parent. Setting or dropping the parent's default
// without ONLY gives it to every table below, which PostgreSQL lets keep a default of its own.
#include <string>

#include "catalog/catalog.h"

namespace pgfleet {

// True when `column` of `table` (a table of `to` with one parent holding the column, and the
// same parent in `from`) must have its default set or dropped by a statement of its own: what
// it has once the statements on its parents ran differs from what it declares.
bool inherited_default_needs_statement(const Catalog& from, const Catalog& to, const Table& table,
                                       const std::string& column);

// True when the column is a parent's column as above, so its default follows the parent's.
bool default_follows_parent(const Catalog& from, const Catalog& to, const Table& table, const std::string& column);

}  // namespace pgfleet
