#pragma once
// What differs between the PostgreSQL majors pgfleet reads (13 to 18), kept in one table:
// catalog columns that appeared or were renamed, catalogs that appeared, features a server
// has. A session picks its row once, from the server_version_num libpq reports at connect.
#include <string>

namespace pgfleet {

inline constexpr int kOldestServerMajor = 13;
inline constexpr int kNewestServerMajor = 18;

// Things a server either has or lacks, by the major that brought them.
enum class ServerFeature {
    PublicationSchemas,        // 15: pg_publication_namespace (FOR TABLES IN SCHEMA)
    StatsFlushOnDemand,        // 15: pg_stat_force_next_flush()
    MaintainPrivilege,         // 17: the MAINTAIN table privilege ('m' in ACLs)
    NotNullConstraintRows,     // 18: NOT NULL constraints are pg_constraint rows (contype 'n'), with names
    VirtualGeneratedColumns,   // 18: GENERATED ALWAYS AS (...) VIRTUAL, the default kind
};

class ServerVersion {
public:
    int major() const { return major_; }
    bool has(ServerFeature feature) const;
    // Replaces each `{{name}}` in a catalog query with this major's SQL for it; an unknown name
    // is a programming error and throws.
    std::string expand(const std::string& sql) const;

    // The row for a major; throws std::runtime_error naming the supported range when pgfleet
    // does not know it.
    static const ServerVersion& of(int major);
    // From server_version_num (e.g. 170010).
    static const ServerVersion& from_version_num(int version_num);

private:
    explicit ServerVersion(int major) : major_(major) {}
    int major_;
};

// The first major that has a feature (for messages such as "needs PostgreSQL 17").
int first_major_with(ServerFeature feature);

}  // namespace pgfleet
