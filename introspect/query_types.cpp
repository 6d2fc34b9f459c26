#include "introspect/catalog_queries.h"

namespace pgfleet::catalog_queries {

const char* const kEnums = R"SQL(
SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'name', t.typname,
         'owner', pg_get_userbyid(t.typowner),
         'comment', coalesce(obj_description(t.oid, 'pg_type'), ''),
         'labels', (SELECT coalesce(json_agg(e.enumlabel ORDER BY e.enumsortorder), '[]')
                    FROM pg_enum e WHERE e.enumtypid = t.oid),
         'privileges', )SQL" PGFLEET_ACL("t.typacl", "T", "t.typowner") R"SQL()
       ORDER BY n.nspname, t.typname), '[]')
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype = 'e' AND )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_type", "t.oid");

}  // namespace pgfleet::catalog_queries
