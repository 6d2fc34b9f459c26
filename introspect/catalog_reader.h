#pragma once
// A live database -> Catalog, in a fixed number of catalog queries on one short session.
#include <string>

#include "catalog/snapshot.h"
#include "introspect/session.h"

namespace pgfleet {

// Reads the whole catalog inside one REPEATABLE READ, READ ONLY transaction.
// Throws SqlError / ConnectionError, or std::runtime_error when a definition cannot be read.
Snapshot read_catalog(Session& session);

// Connects, reads, disconnects.
Snapshot read_database(const std::string& conninfo);

}  // namespace pgfleet
