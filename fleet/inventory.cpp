#include "fleet/inventory.h"

#include <algorithm>
#include <fnmatch.h>
#include <stdexcept>

#include "catalog/sql_name.h"

namespace pgfleet {
namespace {

std::vector<TenantRef> by_pattern(const FleetConfig& config, FleetConnections& connections) {
    std::vector<TenantRef> out;
    for (const auto& cluster : config.clusters) {
        Lease lease = connections.open_cluster(cluster.name);
        // A database the role may not connect to (Aurora's rdsadmin) is not a tenant of ours:
        // noted and left out, never counted as a failure.
        auto rows = lease.session().query(
            "SELECT datname, has_database_privilege(oid, 'CONNECT') FROM pg_database WHERE NOT datistemplate "
            "AND datname LIKE " + sql_literal(config.tenants.pattern) + " ORDER BY datname");
        for (const auto& r : rows) {
            std::string name = r.at(0).value_or("");
            if (r.at(1).value_or("f") == "t") out.push_back({cluster.name, name});
            else connections.note("cluster " + cluster.name + ": skipping database " + name + " (this role may not connect to it)");
        }
    }
    return out;
}

std::vector<TenantRef> by_query(const FleetConfig& config, FleetConnections& connections) {
    auto session = connections.open_control();
    auto rows = session->query(config.tenants.query);
    session->close();
    std::vector<TenantRef> out;
    for (const auto& r : rows) {
        if (r.empty() || !r[0]) throw std::runtime_error("the tenant query returned a row without a database name");
        if (r.size() >= 2 && r[1]) {
            if (!config.find_cluster(*r[1]))
                throw std::runtime_error("the tenant query names unknown cluster '" + *r[1] + "'");
            out.push_back({*r[1], *r[0]});
        } else {
            out.push_back(resolve_tenant_name(config, *r[0]));
        }
    }
    return out;
}

}  // namespace

void parse_shard(const std::string& text, TenantSelection& selection) {
    size_t slash = text.find('/');
    try {
        if (slash == std::string::npos) throw std::invalid_argument("");
        size_t used = 0;
        int i = std::stoi(text.substr(0, slash), &used);
        if (used != slash) throw std::invalid_argument("");
        int n = std::stoi(text.substr(slash + 1), &used);
        if (used != text.size() - slash - 1 || n < 1 || i < 1 || i > n) throw std::invalid_argument("");
        selection.shard_index = i;
        selection.shard_count = n;
    } catch (const std::exception&) {
        throw std::invalid_argument("--shard takes I/N with 1 <= I <= N, e.g. 2/4 (got '" + text + "')");
    }
}

TenantRef resolve_tenant_name(const FleetConfig& config, const std::string& name) {
    size_t slash = name.find('/');
    if (slash != std::string::npos && config.find_cluster(name.substr(0, slash)))
        return {name.substr(0, slash), name.substr(slash + 1)};
    if (config.clusters.size() != 1)
        throw std::runtime_error("tenant '" + name + "': name its cluster as cluster/database (there are " +
                                 std::to_string(config.clusters.size()) + " clusters)");
    return {config.clusters.front().name, name};
}

std::vector<TenantRef> discover_tenants(const FleetConfig& config, FleetConnections& connections) {
    std::vector<TenantRef> out;
    if (!config.tenants.pattern.empty()) out = by_pattern(config, connections);
    else if (!config.tenants.query.empty()) out = by_query(config, connections);
    else
        for (const auto& name : config.tenants.list) out.push_back(resolve_tenant_name(config, name));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<TenantRef> select_tenants(std::vector<TenantRef> tenants, const TenantSelection& s) {
    std::vector<TenantRef> out;
    size_t matched = 0;
    for (auto& t : tenants) {
        if (!s.glob.empty() && fnmatch(s.glob.c_str(), t.key().c_str(), 0) != 0 &&
            fnmatch(s.glob.c_str(), t.database.c_str(), 0) != 0)
            continue;
        ++matched;
        if (s.shard_count > 1 && tenant_shard_hash(t) % s.shard_count != static_cast<uint64_t>(s.shard_index - 1)) continue;
        out.push_back(std::move(t));
    }
    // A typo in --tenants must not look like a fleet with nothing to do.
    if (!s.glob.empty() && matched == 0)
        throw std::runtime_error("--tenants '" + s.glob + "' matches none of the " + std::to_string(tenants.size()) +
                                 " tenants (it is matched against database and cluster/database)");
    std::sort(out.begin(), out.end());
    return out;
}

uint64_t tenant_shard_hash(const TenantRef& tenant) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : tenant.key()) h = (h ^ c) * 1099511628211ull;
    return h;
}

bool tenant_listed(const TenantRef& tenant, const std::vector<std::string>& names) {
    for (const auto& n : names)
        if (n == tenant.database || n == tenant.key()) return true;
    return false;
}

}  // namespace pgfleet
