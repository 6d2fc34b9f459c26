#include "introspect/catalog_queries.h"

namespace pgfleet::catalog_queries {

const char* const kTables = R"SQL(
SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'name', c.relname,
         'owner', pg_get_userbyid(c.relowner),
         'comment', coalesce(obj_description(c.oid, 'pg_class'), ''),
         'persistence', c.relpersistence,
         'partition_key', CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END,
         'partition_bound', CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END,
         'parents', (SELECT coalesce(json_agg(json_build_object('schema', pn.nspname, 'name', pc.relname)
                                              ORDER BY i.inhseqno), '[]')
                     FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent
                     JOIN pg_namespace pn ON pn.oid = pc.relnamespace WHERE i.inhrelid = c.oid),
         'rls_enabled', c.relrowsecurity,
         'rls_forced', c.relforcerowsecurity,
         -- A foreign table has none (stored as 'n'); modeled as the default so none is planned.
         'replica_identity', CASE WHEN c.relkind = 'f' THEN 'd'::"char" ELSE c.relreplident END,
         'replica_identity_index', (SELECT ic.relname FROM pg_index x JOIN pg_class ic ON ic.oid = x.indexrelid
                                    WHERE x.indrelid = c.oid AND x.indisreplident),
         'of_type', CASE WHEN c.reloftype <> 0 THEN format_type(c.reloftype, NULL) END,
         'clustered_index', (SELECT ic.relname FROM pg_index x JOIN pg_class ic ON ic.oid = x.indexrelid
                             WHERE x.indrelid = c.oid AND x.indisclustered),
         'options', coalesce(c.reloptions, '{}'),
         'privileges', )SQL" PGFLEET_ACL("c.relacl", "r", "c.relowner") R"SQL(,
         'columns', (
           SELECT coalesce(json_agg(json_build_object(
                    'name', a.attname,
                    'type', format_type(a.atttypid, a.atttypmod),
                    'not_null', a.attnotnull,
                    'not_null_name', {{column_not_null_name}},
                    'local', a.attislocal,
                    -- pg_ options are the server's own (Debian 13's 17 marks every column
                    -- with pg_attver): not the user's to declare.
                    'options', ARRAY(SELECT o FROM unnest(a.attoptions) o WHERE o NOT LIKE 'pg\_%'),
                    'statistics', {{attribute_stattarget}},
                    'storage', CASE WHEN a.attstorage <> ty.typstorage THEN
                        CASE a.attstorage WHEN 'p' THEN 'plain' WHEN 'e' THEN 'external'
                                          WHEN 'm' THEN 'main' ELSE 'extended' END END,
                    'compression', CASE {{column_compression}} WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4' END,
                    'default', CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, ad.adrelid) END,
                    'generated', CASE WHEN a.attgenerated <> '' THEN pg_get_expr(ad.adbin, ad.adrelid) END,
                    'generated_virtual', a.attgenerated = 'v',
                    'identity', a.attidentity,
                    'collation', CASE WHEN a.attcollation <> ty.typcollation THEN
                        (SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
                         FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
                         WHERE co.oid = a.attcollation) END,
                    'comment', coalesce(col_description(c.oid, a.attnum), ''),
                    'privileges', )SQL" PGFLEET_ACL("a.attacl", "c", "c.relowner") R"SQL(,
                    'identity_sequence', CASE WHEN a.attidentity <> '' THEN (
                        SELECT json_build_object('schema', sn.nspname, 'name', sc.relname,
                                 'type', format_type(s.seqtypid, NULL), 'start', s.seqstart,
                                 'increment', s.seqincrement, 'min', s.seqmin, 'max', s.seqmax,
                                 'cache', s.seqcache, 'cycle', s.seqcycle)
                        FROM pg_depend dd
                        JOIN pg_class sc ON sc.oid = dd.objid AND sc.relkind = 'S'
                        JOIN pg_namespace sn ON sn.oid = sc.relnamespace
                        JOIN pg_sequence s ON s.seqrelid = sc.oid
                        WHERE dd.classid = 'pg_class'::regclass AND dd.refobjid = c.oid
                          AND dd.refobjsubid = a.attnum AND dd.deptype = 'i'
                        LIMIT 1) END)
                  ORDER BY a.attnum), '[]')
           FROM pg_attribute a
           JOIN pg_type ty ON ty.oid = a.atttypid
           LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
           WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped))
       ORDER BY n.nspname, c.relname), '[]')
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'f')
  AND )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_class", "c.oid");

// Key constraints come first: foreign keys need the keys they reference to exist.
const char* const kConstraints = R"SQL(
SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'table', c.relname,
         'name', con.conname,
         'definition', pg_get_constraintdef(con.oid),
         -- pg_get_constraintdef leaves out the storage parameters of a key's index
         'index_options', (SELECT coalesce(ic.reloptions, '{}') FROM pg_class ic WHERE ic.oid = con.conindid),
         'comment', coalesce(obj_description(con.oid, 'pg_constraint'), ''))
       ORDER BY con.contype = 'f', con.contype = 'c', n.nspname, c.relname, con.conname), '[]')
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE con.contype IN ('p', 'u', 'c', 'f', 'x') AND c.relkind IN ('r', 'p', 'f')
  -- what a table inherits, or a partition gets from its parent, comes with the parent
  AND con.conislocal AND con.conparentid = 0
  AND )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_class", "c.oid");

// Indexes that back a primary key, unique or exclusion constraint are part of the constraint.
const char* const kIndexes = R"SQL(
SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'name', ic.relname,
         'definition', pg_get_indexdef(i.indexrelid),
         'valid', i.indisvalid,
         'statistics', (SELECT json_agg({{attribute_stattarget}} ORDER BY a.attnum) FROM pg_attribute a
                        WHERE a.attrelid = i.indexrelid AND a.attnum <= i.indnkeyatts),
         'comment', coalesce(obj_description(ic.oid, 'pg_class'), ''))
       ORDER BY n.nspname, ic.relname), '[]')
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = ic.relnamespace
WHERE c.relkind IN ('r', 'm', 'p')
  -- a partition's copy of its parent's index comes with the parent
  AND NOT EXISTS (SELECT 1 FROM pg_inherits ih WHERE ih.inhrelid = i.indexrelid)
  AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid
                  AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x'))
  AND )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_class", "c.oid");

}  // namespace pgfleet::catalog_queries
