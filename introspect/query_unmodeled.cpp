#include "introspect/catalog_queries.h"

namespace pgfleet::catalog_queries {

// Everything the catalog holds that the model does not represent, so it can be reported.
const char* const kUnmodeled = R"SQL(
WITH objects(kind, name) AS (
  SELECT 'subscription', quote_ident(subname) FROM pg_subscription
  WHERE subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())
  UNION ALL
  SELECT 'statistics', quote_ident(n.nspname) || '.' || quote_ident(s.stxname)
  FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace
  UNION ALL
  SELECT 'operator', quote_ident(n.nspname) || '.' || o.oprname
  FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
  WHERE )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_operator", "o.oid") R"SQL(
)
SELECT coalesce(json_agg(json_build_object('kind', kind, 'name', name) ORDER BY kind, name), '[]') FROM objects
)SQL";

}  // namespace pgfleet::catalog_queries
