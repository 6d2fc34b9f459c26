#pragma once
// Which tenants a fleet command works on: discovery (list, pattern, query), then the
// --tenants glob and the --shard slice. Always sorted by cluster, then database.
#include <cstdint>
#include <string>
#include <vector>

#include "fleet/config.h"
#include "fleet/connections.h"
#include "fleet/tenant.h"

namespace pgfleet {

// --tenants and --shard.
struct TenantSelection {
    std::string glob;     // matches "cluster/database" or "database"; empty: all
    int shard_index = 1;  // 1-based
    int shard_count = 1;
};

// "I/N" with 1 <= I <= N; throws std::invalid_argument otherwise.
void parse_shard(const std::string& text, TenantSelection& selection);

// "database" (the only cluster) or "cluster/database"; throws std::runtime_error for an
// unknown cluster or an ambiguous name.
TenantRef resolve_tenant_name(const FleetConfig& config, const std::string& name);

// Discovers the configured tenants (connecting when the configuration says pattern or query).
std::vector<TenantRef> discover_tenants(const FleetConfig& config, FleetConnections& connections);

// Applies the glob and the shard. The shard of a tenant depends only on its key, so
// adding tenants never moves the others between shards. Throws std::runtime_error when the
// glob matches none of the tenants (an empty shard is fine).
std::vector<TenantRef> select_tenants(std::vector<TenantRef> tenants, const TenantSelection& selection);

// FNV-1a of "cluster/database": a tenant is in shard I of N when this is I-1 modulo N.
uint64_t tenant_shard_hash(const TenantRef& tenant);

// Whether the tenant is named (by "database" or "cluster/database") in `names`.
bool tenant_listed(const TenantRef& tenant, const std::vector<std::string>& names);

}  // namespace pgfleet
