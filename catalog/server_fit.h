#pragma once
// The desired state is written once for every major; a server of an older major cannot hold
// everything a newer one can. What it cannot hold is taken out of the desired catalog before
// it is compared with that server's, so the plan asks for nothing the server does not have.
// Only desired catalogs are fitted (plans, desired fingerprints), never one read from a server.
#include "catalog/catalog.h"
#include "catalog/server_version.h"

namespace pgfleet {

// For a server of `major` (0: unknown, nothing is taken out):
// - before 17, the MAINTAIN privilege (GRANT ALL ON a table gives it from 17 on);
// - before 15, the public schema starts from 13's and 14's defaults (PUBLIC may CREATE unless
//   the file revokes it; the owner is the bootstrap superuser's, so it is not compared);
// - before 18, the names of NOT NULL constraints.
// Throws std::runtime_error when the server cannot hold the desired state (a virtual generated
// column before 18).
void fit_to_server(Catalog& catalog, int major);

// A current catalog that planned renames were replayed on: the replay keeps a renamed table's
// or column's NOT NULL names, as PostgreSQL 18 does; before 18 there are none to keep.
void fit_replayed_to_server(Catalog& catalog, int major);

}  // namespace pgfleet
