#include "introspect/catalog_queries.h"

namespace pgfleet::catalog_queries {

// Identity sequences belong to their column (deptype 'i') and are read with the tables.
const char* const kSequences = R"SQL(
SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'name', c.relname,
         'owner', pg_get_userbyid(c.relowner),
         'comment', coalesce(obj_description(c.oid, 'pg_class'), ''),
         'unlogged', c.relpersistence = 'u',
         'type', format_type(s.seqtypid, NULL),
         'start', s.seqstart, 'increment', s.seqincrement, 'min', s.seqmin, 'max', s.seqmax,
         'cache', s.seqcache, 'cycle', s.seqcycle,
         'owned_schema', tn.nspname, 'owned_table', t.relname, 'owned_column', a.attname,
         'privileges', )SQL" PGFLEET_ACL("c.relacl", "s", "c.relowner") R"SQL()
       ORDER BY n.nspname, c.relname), '[]')
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_sequence s ON s.seqrelid = c.oid
LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
     AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'a' AND d.refobjsubid > 0
LEFT JOIN pg_class t ON t.oid = d.refobjid
LEFT JOIN pg_namespace tn ON tn.oid = t.relnamespace
LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
WHERE c.relkind = 'S'
  AND NOT EXISTS (SELECT 1 FROM pg_depend i WHERE i.classid = 'pg_class'::regclass AND i.objid = c.oid
                  AND i.deptype = 'i')
  AND )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_class", "c.oid");

}  // namespace pgfleet::catalog_queries
