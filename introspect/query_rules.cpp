#include "introspect/catalog_queries.h"

namespace pgfleet::catalog_queries {

// "_RETURN" rules are how views are stored, not rules of their own.
const char* const kRules = R"SQL(
SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'table', c.relname,
         'name', r.rulename,
         'definition', pg_get_ruledef(r.oid),
         'enabled', r.ev_enabled,
         'comment', coalesce(obj_description(r.oid, 'pg_rewrite'), ''))
       ORDER BY n.nspname, c.relname, r.rulename), '[]')
FROM pg_rewrite r
JOIN pg_class c ON c.oid = r.ev_class
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE r.rulename <> '_RETURN' AND )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_class", "c.oid");

}  // namespace pgfleet::catalog_queries
