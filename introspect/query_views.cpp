#include "introspect/catalog_queries.h"

namespace pgfleet::catalog_queries {

// Views and materialized views; their queries are re-read through the user-side binder.
const char* const kViews = R"SQL(
SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'name', c.relname,
         'materialized', c.relkind = 'm',
         'definition', pg_get_viewdef(c.oid),
         'options', coalesce(c.reloptions, '{}'),
         'owner', pg_get_userbyid(c.relowner),
         'comment', coalesce(obj_description(c.oid, 'pg_class'), ''),
         'privileges', )SQL" PGFLEET_ACL("c.relacl", "r", "c.relowner") R"SQL(,
         'column_comments', (SELECT coalesce(json_object_agg(a.attname, d.description), '{}')
                             FROM pg_attribute a
                             JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass
                                  AND d.objsubid = a.attnum
                             WHERE a.attrelid = c.oid AND a.attnum > 0),
         'column_defaults', (SELECT coalesce(json_object_agg(a.attname, pg_get_expr(ad.adbin, ad.adrelid)), '{}')
                             FROM pg_attribute a JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
                             WHERE a.attrelid = c.oid AND a.attnum > 0),
         'column_privileges', (SELECT coalesce(json_object_agg(a.attname, json_build_object('privileges', )SQL"
            PGFLEET_ACL("a.attacl", "c", "c.relowner") R"SQL()), '{}')
                               FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND a.attacl IS NOT NULL))
       ORDER BY n.nspname, c.relname), '[]')
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm')
  AND )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_class", "c.oid");

}  // namespace pgfleet::catalog_queries
