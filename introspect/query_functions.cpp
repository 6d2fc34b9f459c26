#include "introspect/catalog_queries.h"

namespace pgfleet::catalog_queries {

// Routines come back as the server's own CREATE statement, read by the same parser code
// as the user's files. Aggregates are read separately.
const char* const kFunctions = R"SQL(
SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'name', p.proname,
         'identity', oidvectortypes(p.proargtypes),
         'definition', pg_get_functiondef(p.oid),
         'owner', pg_get_userbyid(p.proowner),
         'comment', coalesce(obj_description(p.oid, 'pg_proc'), ''),
         'privileges', )SQL" PGFLEET_ACL("p.proacl", "f", "p.proowner") R"SQL()
       ORDER BY n.nspname, p.proname, oidvectortypes(p.proargtypes)), '[]')
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE p.prokind IN ('f', 'p', 'w')
  -- a range type's constructor functions belong to the type
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'i')
  AND )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_proc", "p.oid");

}  // namespace pgfleet::catalog_queries
