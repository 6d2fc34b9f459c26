#include "fleet/fleet_planner.h"

#include <algorithm>

#include "planner/planner.h"

namespace pgfleet {

FleetCatalogs::Group& FleetCatalogs::join(const TenantRef& tenant, const std::string& fingerprint,
                                          const std::map<QualifiedName, long long>& relation_bytes) {
    Group& g = groups_[fingerprint];
    long long bytes = 0;
    for (const auto& [name, size] : relation_bytes) bytes += size;
    tenant_bytes_[tenant] = bytes;
    g.tenants.push_back(tenant);
    if (g.tenants.size() == 1) {
        g.largest_bytes = relation_bytes;
    } else {
        for (auto it = g.largest_bytes.begin(); it != g.largest_bytes.end();) {
            auto mine = relation_bytes.find(it->first);
            if (mine == relation_bytes.end()) {
                it = g.largest_bytes.erase(it);
                continue;
            }
            it->second = std::max(it->second, mine->second);
            ++it;
        }
    }
    return g;
}

void FleetCatalogs::add(const TenantRef& tenant, Snapshot snapshot, const std::string& fingerprint) {
    Group& g = join(tenant, fingerprint, snapshot.relation_bytes);
    tenant_role_[tenant] = snapshot.current_user;
    if (!g.has_catalog || tenant < g.first) {
        g.first = tenant;
        g.snapshot = std::move(snapshot);
        g.has_catalog = true;
    }
}

void FleetCatalogs::add_known(const TenantRef& tenant, const std::string& fingerprint,
                              const std::map<QualifiedName, long long>& relation_bytes, const std::string& role) {
    join(tenant, fingerprint, relation_bytes);
    tenant_role_[tenant] = role;
    ++known_;
}

std::vector<std::string> FleetCatalogs::groups_without_catalog() const {
    std::vector<std::string> out;
    for (const auto& [fp, g] : groups_)
        if (!g.has_catalog) out.push_back(fp);
    return out;
}

void FleetCatalogs::set_catalog(const std::string& fingerprint, const TenantRef& tenant, Snapshot snapshot) {
    Group& g = groups_.at(fingerprint);
    g.first = tenant;
    g.snapshot = std::move(snapshot);
    g.has_catalog = true;
}

std::vector<TenantRef> FleetCatalogs::remove_group(const std::string& fingerprint) {
    auto it = groups_.find(fingerprint);
    if (it == groups_.end()) return {};
    std::vector<TenantRef> out = it->second.tenants;
    for (const auto& t : out) {
        tenant_bytes_.erase(t);
        tenant_role_.erase(t);
    }
    known_ -= std::min(known_, out.size());
    groups_.erase(it);
    std::sort(out.begin(), out.end());
    return out;
}

void FleetCatalogs::add_unreadable(const TenantRef& tenant, const std::string& error) {
    unreadable_.push_back({tenant, error});
}

FleetPlan build_fleet_plan(const FleetCatalogs& catalogs, DesiredFingerprints& desired) {
    FleetPlan fleet;
    for (const auto& [fp, g] : catalogs.groups()) {
        // Tenants with one catalog read as different roles need different plans when the
        // desired state means the reading role.
        std::map<std::string, std::vector<TenantRef>> by_role;
        if (desired.depends_on_role())
            for (const auto& t : g.tenants) by_role[catalogs.role_of(t)].push_back(t);
        else
            by_role[g.snapshot.current_user] = g.tenants;
        for (const auto& [role, tenants] : by_role) {
            PlanGroup group;
            group.tenants = tenants;
            group.plan.header.source_fingerprint = fp;
            group.plan.header.server_version_major = g.snapshot.server_version_major;
            group.plan.header.target_fingerprint = desired.at(g.snapshot.server_version_major, role);
            // As `plan` does (planner.h's plan_from): the role the tenant was read as is the one
            // CURRENT_USER means; the largest tenant of the group decides online DDL.
            PlanOptions options;
            options.relation_bytes = g.largest_bytes;
            options.server_major = g.snapshot.server_version_major;
            options.current_role = role;
            if (fp != group.plan.header.target_fingerprint)
                group.plan.plan = make_plan(g.snapshot.catalog, desired.catalog(), options);
            fleet.groups.push_back(std::move(group));
        }
    }
    fleet.unreadable = catalogs.unreadable();
    fleet.tenant_bytes = catalogs.tenant_bytes();
    sort_fleet_plan(fleet);
    return fleet;
}

}  // namespace pgfleet
