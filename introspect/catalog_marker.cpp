#include "introspect/catalog_marker.h"

#include <stdexcept>
#include <utility>
#include <vector>

namespace pgfleet {
namespace {

// Every catalog that stores an object kind the model knows, with the column naming the
// object a row belongs to. Catalogs of kinds the model does not know (operators, text
// search, casts, ...) are left out: fingerprints ignore those objects. A kind stored in
// another catalog must be added here.
const std::vector<std::pair<const char*, const char*>>& marker_catalogs() {
    static const std::vector<std::pair<const char*, const char*>> list{
        {"pg_aggregate", "aggfnoid"},   {"pg_attrdef", "oid"},
        {"pg_attribute", "attrelid"},   {"pg_class", "oid"},
        {"pg_collation", "oid"},        {"pg_constraint", "oid"},
        {"pg_default_acl", "oid"},      {"pg_depend", "objid"},
        {"pg_description", "objoid"},   {"pg_enum", "oid"},
        {"pg_event_trigger", "oid"},    {"pg_extension", "oid"},
        {"pg_foreign_data_wrapper", "oid"}, {"pg_foreign_server", "oid"},
        {"pg_foreign_table", "ftrelid"}, {"pg_index", "indexrelid"},
        {"pg_inherits", "inhrelid"},    {"pg_namespace", "oid"},
        {"pg_partitioned_table", "partrelid"}, {"pg_policy", "oid"},
        {"pg_proc", "oid"},             {"pg_publication", "oid"},
        {"pg_publication_namespace", "oid"}, {"pg_publication_rel", "oid"},
        {"pg_range", "rngtypid"},       {"pg_rewrite", "oid"},
        {"pg_sequence", "seqrelid"},    {"pg_trigger", "oid"},
        {"pg_type", "oid"},             {"pg_user_mapping", "oid"},
    };
    return list;
}

// Per catalog, the row count and the sum of a 64-bit hash of each row's xmin: a committed
// change always leaves a row with a new xmin or removes one, so one of the two moves. A sum
// needs no sort, which keeps the query cheap on a fresh session; rows of built-in objects
// (oid < 16384) are skipped, except the public schema (2200), which user DDL may grant on
// or comment.
std::string catalog_term(size_t position, const std::string& catalog, const std::string& key) {
    std::string row = "xmin::text::bigint";
    // CREATE INDEX CONCURRENTLY flips these flags in place, without a new xmin.
    if (catalog == "pg_index") row = "(" + row + " * 8 + indisvalid::int * 4 + indisready::int * 2 + indislive::int)";
    return "SELECT " + std::to_string(position) + ", count(*), coalesce(sum(hashint8extended(" + row + ", 0)), 0) FROM " + catalog + " WHERE " + key +
           " >= 16384 OR " + key + " = 2200";
}

std::string build_marker_sql() {
    // The database oid tells a recreated database from the old one; role names appear in
    // grants, so a renamed role changes what the reader sees.
    std::string terms =
        "SELECT 0, oid::bigint, 0::numeric FROM pg_database WHERE datname = current_database()\n"
        " UNION ALL SELECT 1, count(*), coalesce(sum(hashtextextended(oid::text || ':' || rolname, 0)), 0) FROM pg_roles";
    size_t position = 2;
    for (const auto& [catalog, key] : marker_catalogs())
        terms += "\n UNION ALL " + catalog_term(position++, catalog, key);
    return "SELECT current_setting('server_version_num')::int / 10000,\n md5(string_agg(n || ':' || h, ',' ORDER BY k))\n"
           "FROM (" + terms + ") AS m(k, n, h)";
}

}  // namespace

const std::string& catalog_marker_sql() {
    static const std::string sql = build_marker_sql();
    return sql;
}

CatalogMarker read_catalog_marker(Session& session) {
    auto rows = session.query(catalog_marker_sql());
    if (rows.size() != 1 || rows[0].size() != 2 || !rows[0][0] || !rows[0][1])
        throw std::runtime_error("catalog marker query returned no row");
    return {std::stoi(*rows[0][0]), *rows[0][1]};
}

}  // namespace pgfleet
