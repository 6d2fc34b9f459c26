#include "fleet/fleet_planner.h"

#include <algorithm>

#include "planner/planner.h"

namespace pgfleet {

void FleetCatalogs::add(const TenantRef& tenant, Snapshot snapshot, const std::string& fingerprint) {
    Group& g = groups_[fingerprint];
    long long bytes = 0;
    for (const auto& [name, size] : snapshot.relation_bytes) bytes += size;
    tenant_bytes_[tenant] = bytes;
    g.tenants.push_back(tenant);
    if (g.tenants.size() == 1) {
        g.largest_bytes = snapshot.relation_bytes;
    } else {
        for (auto it = g.largest_bytes.begin(); it != g.largest_bytes.end();) {
            auto mine = snapshot.relation_bytes.find(it->first);
            if (mine == snapshot.relation_bytes.end()) {
                it = g.largest_bytes.erase(it);
                continue;
            }
            it->second = std::max(it->second, mine->second);
            ++it;
        }
    }
    if (g.tenants.size() == 1 || tenant < g.first) {
        g.first = tenant;
        g.snapshot = std::move(snapshot);
    }
}

void FleetCatalogs::add_unreadable(const TenantRef& tenant, const std::string& error) {
    unreadable_.push_back({tenant, error});
}

FleetPlan build_fleet_plan(const FleetCatalogs& catalogs, DesiredFingerprints& desired) {
    FleetPlan fleet;
    for (const auto& [fp, g] : catalogs.groups()) {
        PlanGroup group;
        group.tenants = g.tenants;
        group.plan.header.source_fingerprint = fp;
        group.plan.header.server_version_major = g.snapshot.server_version_major;
        group.plan.header.target_fingerprint = desired.at(g.snapshot.server_version_major);
        PlanOptions options;
        options.relation_bytes = g.largest_bytes;
        options.server_major = g.snapshot.server_version_major;
        if (fp != group.plan.header.target_fingerprint)
            group.plan.plan = make_plan(g.snapshot.catalog, desired.catalog(), options);
        fleet.groups.push_back(std::move(group));
    }
    fleet.unreadable = catalogs.unreadable();
    fleet.tenant_bytes = catalogs.tenant_bytes();
    sort_fleet_plan(fleet);
    return fleet;
}

}  // namespace pgfleet
