#pragma once
// What interpreting desired-state statements builds up: the catalog, the session's
// search_path, diagnostics, and where each object was defined.
#include <map>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "parser/diagnostic.h"

namespace pgfleet {

struct ParserState {
    Catalog catalog;
    std::vector<std::string> search_path{"public"};
    std::vector<Diagnostic> diagnostics;
    std::map<ObjectKey, SourceLocation> locations;
};

// The catalog of an empty PostgreSQL 15 database: just the public schema.
Catalog empty_database_catalog();

}  // namespace pgfleet
