#include "introspect/catalog_queries.h"

namespace pgfleet::catalog_queries {

// The cluster's roles, read in one round trip: all of them (names a desired state uses must be
// among them) and those whose routines read past row-level security (lint:
// security-definer-owner). Sorted bytewise: `name` sorts in the C collation.
const char* const kRoles = R"SQL(
SELECT json_build_object(
  'all', coalesce(json_agg(rolname::text ORDER BY rolname), '[]'),
  'bypassing_rls', coalesce(json_agg(rolname::text ORDER BY rolname) FILTER (WHERE rolsuper OR rolbypassrls), '[]'))
FROM pg_roles
)SQL";

}  // namespace pgfleet::catalog_queries
