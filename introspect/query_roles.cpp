#include "introspect/catalog_queries.h"

namespace pgfleet::catalog_queries {

// Roles whose routines read past row-level security (lint: security-definer-owner).
const char* const kRolesBypassingRls = R"SQL(
SELECT coalesce(json_agg(rolname::text ORDER BY rolname), '[]')
FROM pg_roles WHERE rolsuper OR rolbypassrls
)SQL";

// Every role of the cluster: names a desired state uses must be among them.
const char* const kClusterRoles = R"SQL(
SELECT coalesce(json_agg(rolname::text ORDER BY rolname), '[]') FROM pg_roles
)SQL";

}  // namespace pgfleet::catalog_queries
