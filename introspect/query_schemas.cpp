#include "introspect/catalog_queries.h"

namespace pgfleet::catalog_queries {

const char* const kSchemas = R"SQL(
SELECT coalesce(json_agg(json_build_object(
         'name', n.nspname,
         'owner', pg_get_userbyid(n.nspowner),
         'comment', coalesce(obj_description(n.oid, 'pg_namespace'), ''),
         'privileges', )SQL" PGFLEET_ACL("n.nspacl", "n", "n.nspowner") R"SQL()
       ORDER BY n.nspname), '[]')
FROM pg_namespace n
WHERE )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_namespace", "n.oid");

const char* const kExtensions = R"SQL(
SELECT coalesce(json_agg(json_build_object(
         'name', x.extname,
         'schema', n.nspname,
         'version', x.extversion,
         'comment', coalesce(obj_description(x.oid, 'pg_extension'), ''))
       ORDER BY x.extname), '[]')
FROM pg_extension x
JOIN pg_namespace n ON n.oid = x.extnamespace
WHERE x.extname <> 'plpgsql'
)SQL";

}  // namespace pgfleet::catalog_queries
