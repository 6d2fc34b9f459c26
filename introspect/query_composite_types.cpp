#include "introspect/catalog_queries.h"

namespace pgfleet::catalog_queries {

// Stand-alone composite types (pg_class relkind 'c'), not the row types of tables.
const char* const kCompositeTypes = R"SQL(
SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'name', t.typname,
         'owner', pg_get_userbyid(t.typowner),
         'comment', coalesce(obj_description(t.oid, 'pg_type'), ''),
         'privileges', )SQL" PGFLEET_ACL("t.typacl", "T", "t.typowner") R"SQL(,
         'attributes', (SELECT coalesce(json_agg(json_build_object(
                           'name', a.attname,
                           'type', format_type(a.atttypid, a.atttypmod),
                           'collation', CASE WHEN a.attcollation <> at.typcollation THEN
                               (SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
                                FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
                                WHERE co.oid = a.attcollation) END,
                           'comment', coalesce(col_description(t.typrelid, a.attnum), ''))
                         ORDER BY a.attnum), '[]')
                        FROM pg_attribute a JOIN pg_type at ON at.oid = a.atttypid
                        WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped))
       ORDER BY n.nspname, t.typname), '[]')
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_class c ON c.oid = t.typrelid
WHERE t.typtype = 'c' AND c.relkind = 'c' AND )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_type", "t.oid");

}  // namespace pgfleet::catalog_queries
