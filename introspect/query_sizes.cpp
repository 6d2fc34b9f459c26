#include "introspect/catalog_queries.h"

namespace pgfleet::catalog_queries {

#define PGFLEET_SIZES_QUERY(leaf_bytes, leaf_unknown)                                                        \
    "SELECT coalesce(json_agg(json_build_object('schema', n.nspname, 'name', c.relname, 'bytes', s.bytes) " \
    "ORDER BY n.nspname, c.relname), '[]') "                                                                  \
    "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "                                          \
    "CROSS JOIN LATERAL (SELECT coalesce(sum(" leaf_bytes "), 0)::bigint AS bytes, "                           \
    "coalesce(bool_or(" leaf_unknown "), false) AS unknown "                                                   \
    "FROM (SELECT c.oid AS relid WHERE c.relkind <> 'p' "                                                       \
    "UNION ALL SELECT relid FROM pg_partition_tree(c.oid) WHERE isleaf AND c.relkind = 'p') p "               \
    "JOIN pg_class r ON r.oid = p.relid LEFT JOIN pg_class t ON t.oid = r.reltoastrelid) s "                   \
    "WHERE c.relkind IN ('r', 'p', 'm') AND NOT s.unknown AND " PGFLEET_USER_SCHEMA("n")

// Exact sizes. pg_total_relation_size briefly takes ACCESS SHARE on each relation, so the
// reader runs this under a short lock_timeout and falls back to the statistics below.
const char* const kRelationSizes = PGFLEET_SIZES_QUERY("pg_total_relation_size(r.oid)", "false");

// Sizes from pg_class statistics, which take no lock. A table never vacuumed or analyzed
// (reltuples < 0) has no trustworthy size and is left out, so it counts as unknown.
const char* const kRelationSizesFromStatistics = PGFLEET_SIZES_QUERY(
    "(r.relpages::bigint + coalesce(t.relpages, 0) + (SELECT coalesce(sum(i.relpages), 0) FROM pg_index x "
    "JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = r.oid)) * current_setting('block_size')::bigint",
    "r.reltuples < 0");

}  // namespace pgfleet::catalog_queries
