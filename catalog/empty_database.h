#pragma once
// What an empty database holds differs between majors; the rows live in the version table
// (catalog/server_version.cpp).

namespace pgfleet {

// Whether an empty database of this major has public owned by pg_database_owner with no
// CREATE for PUBLIC (15 on), rather than owned by the bootstrap superuser and open to all.
bool restricted_public_schema(int major);

}  // namespace pgfleet
