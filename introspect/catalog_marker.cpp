#include "introspect/catalog_marker.h"

#include <optional>
#include <stdexcept>
#include <utility>
#include <vector>

namespace pgfleet {
namespace {

// Every catalog that stores an object kind the model knows, with the column naming the
// object a row belongs to. Catalogs of kinds the model does not know (operators, text
// search, casts, ...) are left out: fingerprints ignore those objects. A kind stored in
// another catalog must be added here.
struct MarkerCatalog {
    const char* name;
    const char* object_column;  // the column naming the object a row belongs to
    int oid;                    // fixed for built-in catalogs; a catalog an older server lacks counts 0
    std::optional<ServerFeature> needs = std::nullopt;  // a catalog that came with a feature
};

const std::vector<MarkerCatalog>& marker_catalogs() {
    static const std::vector<MarkerCatalog> list{
        {"pg_aggregate", "aggfnoid", 2600},
        {"pg_attrdef", "oid", 2604},
        {"pg_attribute", "attrelid", 1249},
        {"pg_class", "oid", 1259},
        {"pg_collation", "oid", 3456},
        {"pg_constraint", "oid", 2606},
        {"pg_default_acl", "oid", 826},
        {"pg_depend", "objid", 2608},
        {"pg_description", "objoid", 2609},
        {"pg_enum", "oid", 3501},
        {"pg_event_trigger", "oid", 3466},
        {"pg_extension", "oid", 3079},
        {"pg_foreign_data_wrapper", "oid", 2328},
        {"pg_foreign_server", "oid", 1417},
        {"pg_foreign_table", "ftrelid", 3118},
        {"pg_index", "indexrelid", 2610},
        {"pg_inherits", "inhrelid", 2611},
        {"pg_namespace", "oid", 2615},
        {"pg_partitioned_table", "partrelid", 3350},
        {"pg_policy", "oid", 3256},
        {"pg_proc", "oid", 1255},
        {"pg_publication", "oid", 6104},
        {"pg_publication_namespace", "oid", 6237, ServerFeature::PublicationSchemas},
        {"pg_publication_rel", "oid", 6106},
        {"pg_range", "rngtypid", 3541},
        {"pg_rewrite", "oid", 2618},
        {"pg_sequence", "seqrelid", 2224},
        {"pg_trigger", "oid", 2620},
        {"pg_type", "oid", 1247},
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

// pg_user_mapping is readable by superusers only; its view shows every row, with the options
// the reading role may see. A mapping's options change in place, so the row's text is hashed.
std::string user_mappings_term(size_t position) {
    return "SELECT " + std::to_string(position) +
           ", count(*), coalesce(sum(hashtextextended(umid || ':' || srvid || ':' || umuser || ':' || "
           "coalesce(umoptions::text, ''), 0)), 0) FROM pg_user_mappings";
}

std::string build_marker_sql(const ServerVersion& version) {
    // The database oid tells a recreated database from the old one; role names appear in
    // grants, so a renamed role changes what the reader sees.
    std::string terms =
        "SELECT 0, oid::bigint, 0::numeric FROM pg_database WHERE datname = current_database()\n"
        " UNION ALL SELECT 1, count(*), coalesce(sum(hashtextextended(oid::text || ':' || rolname, 0)), 0) FROM pg_roles";
    size_t position = 2;
    for (const auto& c : marker_catalogs())
        if (!c.needs || version.has(*c.needs)) terms += "\n UNION ALL " + catalog_term(position++, c.name, c.object_column);
    terms += "\n UNION ALL " + user_mappings_term(position++);
    return "SELECT current_setting('server_version_num')::int / 10000,\n md5(string_agg(n || ':' || h, ',' ORDER BY k)), "
           "current_user::text\n"
           "FROM (" + terms + ") AS m(k, n, h)";
}

std::string build_counters_sql() {
    std::string oids;
    for (const auto& c : marker_catalogs()) oids += std::to_string(c.oid) + ",";
    // pg_user_mapping (user mappings), read through its view elsewhere; pg_authid is shared,
    // counted cluster-wide: a role rename shows here. The counters need no privilege on either.
    oids += "1418,1260";
    // pg_class's file path names the database oid, which tells a recreated database (whose
    // counters restart) from the old one; it needs no catalog scan. unnest keeps array order.
    return "SELECT CASE WHEN current_setting('track_counts')::boolean THEN pg_relation_filepath(1259) || ':' ||\n"
           " string_agg(pg_stat_get_tuples_inserted(c) || '.' || pg_stat_get_tuples_updated(c) || '.' ||\n"
           " pg_stat_get_tuples_deleted(c), ',') END\n"
           "FROM unnest('{" + oids + "}'::oid[]) AS c";
}

}  // namespace

std::vector<std::pair<std::string, int>> marker_catalog_oids(const ServerVersion& version) {
    std::vector<std::pair<std::string, int>> out;
    for (const auto& c : marker_catalogs())
        if (!c.needs || version.has(*c.needs)) out.emplace_back(c.name, c.oid);
    out.emplace_back("pg_user_mapping", 1418);
    return out;
}

const std::string& change_counters_sql() {
    static const std::string sql = build_counters_sql();
    return sql;
}

std::string read_change_counters(Session& session) { return session.query_value(change_counters_sql()); }

const std::string& catalog_marker_sql(const ServerVersion& version) {
    static const std::vector<std::string> by_major = [] {
        std::vector<std::string> v;
        for (int m = kOldestServerMajor; m <= kNewestServerMajor; ++m) v.push_back(build_marker_sql(ServerVersion::of(m)));
        return v;
    }();
    return by_major.at(version.major() - kOldestServerMajor);
}

CatalogMarker read_catalog_marker(Session& session) {
    auto rows = session.query(catalog_marker_sql(session.server_version()));
    if (rows.size() != 1 || rows[0].size() != 3 || !rows[0][0] || !rows[0][1] || !rows[0][2])
        throw std::runtime_error("catalog marker query returned no row");
    return {std::stoi(*rows[0][0]), *rows[0][1], *rows[0][2]};
}

}  // namespace pgfleet
