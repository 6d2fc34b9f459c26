#pragma once
// A live database -> Catalog, in a fixed number of catalog queries on one short session.
#include <map>
#include <string>

#include "catalog/snapshot.h"
#include "introspect/session.h"

namespace pgfleet {

// Reads the whole catalog inside one REPEATABLE READ, READ ONLY transaction.
// Throws SqlError / ConnectionError, or std::runtime_error when a definition cannot be read.
Snapshot read_catalog(Session& session);

// Per relation, the bytes it takes (what read_catalog puts in Snapshot::relation_bytes),
// without reading the catalog.
std::map<QualifiedName, long long> read_relation_bytes(Session& session);

// Connects, reads, disconnects.
Snapshot read_database(const std::string& conninfo);

}  // namespace pgfleet
