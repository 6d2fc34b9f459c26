#pragma once
// Keeps the catalog's relation name index (catalog/relation_name_index.h) up to date while
// files are interpreted: after each statement the tables it names are read again, or, after a
// statement whose reach cannot be bounded that way, the whole index is.
#include <string>

#include "catalog/catalog.h"
#include "pgast/parse.h"

namespace pgfleet {

// Builds the index when the catalog has none.
void start_name_index(Catalog& catalog);

// After a statement of node type `type` (whether it succeeded or not).
void update_name_index(Catalog& catalog, const std::string& type, const pgast::Node& body);

}  // namespace pgfleet
