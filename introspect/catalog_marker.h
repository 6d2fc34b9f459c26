#pragma once
// A cheap per-database change marker: one server-side query that changes whenever a
// catalog row the reader can see is inserted, updated or deleted. It is not comparable
// between databases; it tells whether a database changed since its catalog was last read.
#include <string>
#include <utility>
#include <vector>

#include "introspect/session.h"

namespace pgfleet {

struct CatalogMarker {
    int server_version_major = 0;
    std::string marker;  // hex md5
    std::string role;    // the role that read it (current_user)
};

// The marker query for a server major (one statement, read only).
const std::string& catalog_marker_sql(const ServerVersion& version);

// Runs it. Throws SqlError / ConnectionError.
CatalogMarker read_catalog_marker(Session& session);

// The server's cumulative row counters (inserted, updated, deleted) of the same catalogs and
// of pg_authid. Far cheaper than the marker on a fresh session, since no catalog is opened,
// but weaker: a session reports its counts when it goes idle (within seconds) or ends, and
// a statistics reset or a crash loses them. Equal counters mean no change was reported
// since; drift trusts them, apply does not. Empty when track_counts is off.
std::string read_change_counters(Session& session);

// The counters query (one statement, read only).
const std::string& change_counters_sql();

// The catalogs both signals cover on a server major, with the fixed oids the counters query
// names them by.
std::vector<std::pair<std::string, int>> marker_catalog_oids(const ServerVersion& version);

}  // namespace pgfleet
