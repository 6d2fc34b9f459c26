#include "introspect/catalog_queries.h"

namespace pgfleet::catalog_queries {

const char* const kCollations = R"SQL(
SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'name', c.collname,
         'provider', c.collprovider,
         'lc_collate', coalesce(c.collcollate, ''),
         'lc_ctype', coalesce(c.collctype, ''),
         'icu_locale', coalesce({{collation_locale}}, ''),
         'deterministic', c.collisdeterministic,
         'owner', pg_get_userbyid(c.collowner),
         'comment', coalesce(obj_description(c.oid, 'pg_collation'), ''))
       ORDER BY n.nspname, c.collname), '[]')
FROM pg_collation c
JOIN pg_namespace n ON n.oid = c.collnamespace
WHERE )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_collation", "c.oid");

}  // namespace pgfleet::catalog_queries
