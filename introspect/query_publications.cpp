#include "introspect/catalog_queries.h"

namespace pgfleet::catalog_queries {

// Column lists in column order; row filters as the server prints them.
const char* const kPublications = R"SQL(
SELECT coalesce(json_agg(json_build_object(
         'name', p.pubname,
         'all_tables', p.puballtables,
         'insert', p.pubinsert, 'update', p.pubupdate, 'delete', p.pubdelete, 'truncate', p.pubtruncate,
         'via_partition_root', p.pubviaroot,
         'tables', (SELECT coalesce(json_agg(json_build_object(
                       'schema', tn.nspname,
                       'table', tc.relname,
                       'columns', (SELECT coalesce(json_agg(a.attname ORDER BY a.attnum), '[]')
                                   FROM pg_attribute a WHERE a.attrelid = pr.prrelid AND a.attnum = ANY ({{publication_rel_columns}})),
                       'where', pg_get_expr({{publication_rel_filter}}, pr.prrelid))
                     ORDER BY tn.nspname, tc.relname), '[]')
                    FROM pg_publication_rel pr
                    JOIN pg_class tc ON tc.oid = pr.prrelid
                    JOIN pg_namespace tn ON tn.oid = tc.relnamespace
                    WHERE pr.prpubid = p.oid),
         'schemas', (SELECT coalesce(json_agg(sn.nspname ORDER BY sn.nspname), '[]')
                     FROM {{publication_namespace}} pn JOIN pg_namespace sn ON sn.oid = pn.pnnspid
                     WHERE pn.pnpubid = p.oid),
         'owner', pg_get_userbyid(p.pubowner),
         'comment', coalesce(obj_description(p.oid, 'pg_publication'), ''))
       ORDER BY p.pubname), '[]')
FROM pg_publication p
)SQL";

}  // namespace pgfleet::catalog_queries
