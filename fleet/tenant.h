#pragma once
// A tenant: one database on one cluster.
#include <compare>
#include <string>

namespace pgfleet {

struct TenantRef {
    std::string cluster;
    std::string database;
    // "cluster/database": cluster names hold no '/', so this is unambiguous.
    std::string key() const { return cluster + "/" + database; }
    auto operator<=>(const TenantRef&) const = default;
};

}  // namespace pgfleet
