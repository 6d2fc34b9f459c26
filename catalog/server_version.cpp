#include "catalog/server_version.h"

#include "catalog/empty_database.h"

#include <array>
#include <stdexcept>
#include <vector>

namespace pgfleet {
namespace {

// A piece of catalog-query SQL that differs between majors: the text from `since` on, until
// a later row of the same name takes over. Rows of one name are in ascending `since` order.
struct Fragment {
    const char* name;
    int since;
    const char* sql;
};

const std::vector<Fragment>& fragments() {
    static const std::vector<Fragment> table{
        // A collation's ICU locale: in collcollate before 15, colliculocale in 15 and 16,
        // colllocale (shared with the builtin provider) from 17.
        {"collation_locale", 13, "CASE WHEN c.collprovider = 'i' THEN c.collcollate END"},
        {"collation_locale", 15, "c.colliculocale"},
        {"collation_locale", 17, "c.colllocale"},
        // Column compression arrived in 14.
        {"column_compression", 13, "''::\"char\""},
        {"column_compression", 14, "a.attcompression"},
        // attstattarget is NULL for "the default" from 17 (it was -1).
        {"attribute_stattarget", 13, "a.attstattarget"},
        {"attribute_stattarget", 17, "coalesce(a.attstattarget, -1)::int"},
        // A column's NOT NULL constraint has a name (a pg_constraint row) from 18.
        {"column_not_null_name", 13, "NULL::name"},
        {"column_not_null_name", 18,
         "(SELECT nn.conname FROM pg_constraint nn WHERE nn.conrelid = a.attrelid AND nn.contype = 'n' "
         "AND nn.conkey[1] = a.attnum)"},
        // Publication column lists and row filters arrived in 15.
        {"publication_rel_columns", 13, "NULL::int2vector"},
        {"publication_rel_columns", 15, "pr.prattrs"},
        {"publication_rel_filter", 13, "NULL::pg_node_tree"},
        {"publication_rel_filter", 15, "pr.prqual"},
        // Multiranges arrived in 14; before, a range type has none to name.
        {"range_multirange", 13, "NULL::text"},
        {"range_multirange", 14, "quote_ident(mn.nspname) || '.' || quote_ident(mt.typname)"},
        {"range_multirange_join", 13, ""},
        {"range_multirange_join", 14,
         "JOIN pg_type mt ON mt.oid = r.rngmultitypid JOIN pg_namespace mn ON mn.oid = mt.typnamespace"},
        // What a role that is not a superuser needs on a role to give it a database: membership
        // before 16, the right to SET ROLE to it from 16 (pg_has_role's 'SET' is new in 16).
        {"role_privilege_to_give_ownership", 13, "'MEMBER'"},
        {"role_privilege_to_give_ownership", 16, "'SET'"},
        // What newer majors add that the model does not tell apart, said rather than hidden.
        {"unmodeled_by_major", 13, ""},
        // FOR TABLES IN SCHEMA arrived in 15 with its catalog; before, an empty relation.
        {"publication_namespace", 13, "(SELECT NULL::oid AS pnpubid, NULL::oid AS pnnspid WHERE false)"},
        {"publication_namespace", 15, "pg_publication_namespace"},
    };
    return table;
}

struct FeatureRow {
    ServerFeature feature;
    int since;
};

constexpr std::array<FeatureRow, 5> kFeatures{{
    {ServerFeature::PublicationSchemas, 15},
    {ServerFeature::StatsFlushOnDemand, 15},
    {ServerFeature::MaintainPrivilege, 17},
    {ServerFeature::NotNullConstraintRows, 18},
    {ServerFeature::VirtualGeneratedColumns, 18},
}};

std::string fragment_sql(const std::string& name, int major) {
    const char* found = nullptr;
    for (const auto& f : fragments())
        if (name == f.name && f.since <= major) found = f.sql;
    if (!found) throw std::logic_error("catalog query placeholder {{" + name + "}} has no SQL for PostgreSQL " +
                                       std::to_string(major));
    return found;
}

// The first major whose empty database has public owned by pg_database_owner, with no CREATE
// for PUBLIC (catalog/empty_database.h).
constexpr int kRestrictedPublicSchemaSince = 15;

}  // namespace

bool restricted_public_schema(int major) { return major >= kRestrictedPublicSchemaSince; }

int first_major_with(ServerFeature feature) {
    for (const auto& f : kFeatures)
        if (f.feature == feature) return f.since;
    throw std::logic_error("server feature without a row in the version table");
}

bool ServerVersion::has(ServerFeature feature) const { return major_ >= first_major_with(feature); }

std::string ServerVersion::expand(const std::string& sql) const {
    std::string out;
    out.reserve(sql.size());
    size_t pos = 0;
    for (;;) {
        size_t open = sql.find("{{", pos);
        if (open == std::string::npos) break;
        size_t close = sql.find("}}", open);
        if (close == std::string::npos) throw std::logic_error("unclosed {{ in a catalog query");
        out.append(sql, pos, open - pos);
        out += fragment_sql(sql.substr(open + 2, close - open - 2), major_);
        pos = close + 2;
    }
    out.append(sql, pos, std::string::npos);
    return out;
}

const ServerVersion& ServerVersion::of(int major) {
    static const ServerVersion rows[] = {ServerVersion(13), ServerVersion(14), ServerVersion(15),
                                         ServerVersion(16), ServerVersion(17), ServerVersion(18)};
    static_assert(std::size(rows) == kNewestServerMajor - kOldestServerMajor + 1);
    if (major < kOldestServerMajor || major > kNewestServerMajor)
        throw std::runtime_error("PostgreSQL " + std::to_string(major) + " is not supported: pgfleet reads PostgreSQL " +
                                 std::to_string(kOldestServerMajor) + " to " + std::to_string(kNewestServerMajor));
    return rows[major - kOldestServerMajor];
}

const ServerVersion& ServerVersion::from_version_num(int version_num) { return of(version_num / 10000); }

}  // namespace pgfleet
