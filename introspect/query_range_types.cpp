#include "introspect/catalog_queries.h"

namespace pgfleet::catalog_queries {

// The default operator class and the subtype's own collation are left out, as the model does.
const char* const kRangeTypes = R"SQL(
SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'name', t.typname,
         'subtype', format_type(r.rngsubtype, NULL),
         'subtype_opclass', CASE WHEN NOT opc.opcdefault THEN
             CASE WHEN ocn.nspname = 'pg_catalog' THEN quote_ident(opc.opcname)
                  ELSE quote_ident(ocn.nspname) || '.' || quote_ident(opc.opcname) END END,
         'collation', CASE WHEN r.rngcollation <> st.typcollation THEN
             (SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
              FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
              WHERE co.oid = r.rngcollation) END,
         'canonical', )SQL" PGFLEET_ROUTINE_TEXT("r.rngcanonical") R"SQL(,
         'subtype_diff', )SQL" PGFLEET_ROUTINE_TEXT("r.rngsubdiff") R"SQL(,
         'multirange', {{range_multirange}},
         'owner', pg_get_userbyid(t.typowner),
         'comment', coalesce(obj_description(t.oid, 'pg_type'), ''),
         'privileges', )SQL" PGFLEET_ACL("t.typacl", "T", "t.typowner") R"SQL()
       ORDER BY n.nspname, t.typname), '[]')
FROM pg_range r
JOIN pg_type t ON t.oid = r.rngtypid
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_type st ON st.oid = r.rngsubtype
JOIN pg_opclass opc ON opc.oid = r.rngsubopc
JOIN pg_namespace ocn ON ocn.oid = opc.opcnamespace
{{range_multirange_join}}
WHERE )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_type", "t.oid");

}  // namespace pgfleet::catalog_queries
