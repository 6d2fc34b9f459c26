#pragma once
// A cheap per-database change marker: one server-side query that changes whenever a
// catalog row the reader can see is inserted, updated or deleted. It is not comparable
// between databases; it tells whether a database changed since its catalog was last read.
#include <string>

#include "introspect/session.h"

namespace pgfleet {

struct CatalogMarker {
    int server_version_major = 0;
    std::string marker;  // hex md5
};

// The marker query (one statement, read only).
const std::string& catalog_marker_sql();

// Runs it. Throws SqlError / ConnectionError.
CatalogMarker read_catalog_marker(Session& session);

}  // namespace pgfleet
