#include "introspect/catalog_queries.h"

namespace pgfleet::catalog_queries {

// A collation differing from the base type's is the domain's own.
const char* const kDomains = R"SQL(
SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'name', t.typname,
         'base_type', format_type(t.typbasetype, t.typtypmod),
         'collation', CASE WHEN t.typcollation <> bt.typcollation THEN
             (SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
              FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
              WHERE co.oid = t.typcollation) END,
         'default', pg_get_expr(t.typdefaultbin, 0),
         'not_null', t.typnotnull,
         'owner', pg_get_userbyid(t.typowner),
         'comment', coalesce(obj_description(t.oid, 'pg_type'), ''),
         'privileges', )SQL" PGFLEET_ACL("t.typacl", "T", "t.typowner") R"SQL(,
         'constraints', (SELECT coalesce(json_agg(json_build_object(
                            'name', con.conname,
                            'definition', pg_get_constraintdef(con.oid),
                            'comment', coalesce(obj_description(con.oid, 'pg_constraint'), ''))
                          ORDER BY con.conname), '[]')
                         -- a NOT NULL is a constraint row too from 17 (typnotnull says it)
                         FROM pg_constraint con WHERE con.contypid = t.oid AND con.contype <> 'n'))
       ORDER BY n.nspname, t.typname), '[]')
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_type bt ON bt.oid = t.typbasetype
WHERE t.typtype = 'd' AND )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_type", "t.oid");

}  // namespace pgfleet::catalog_queries
