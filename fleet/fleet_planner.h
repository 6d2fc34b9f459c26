#pragma once
// Grouping tenants by fingerprint and planning once per group.
#include <map>
#include <string>
#include <vector>

#include "catalog/snapshot.h"
#include "fleet/fleet_plan.h"
#include "fleet/tenant_read.h"

namespace pgfleet {

// What was read from a fleet: per fingerprint, its tenants and one catalog (the one of
// the first tenant by name, so the plan does not depend on reading order).
class FleetCatalogs {
public:
    void add(const TenantRef& tenant, Snapshot snapshot, const std::string& fingerprint);
    void add_unreadable(const TenantRef& tenant, const std::string& error);

    struct Group {
        std::vector<TenantRef> tenants;
        TenantRef first;
        Snapshot snapshot;
        // Per relation, the largest size any tenant of the group reported; a relation some
        // tenant has no size for is left out (unknown, so the plan goes online for it).
        std::map<QualifiedName, long long> largest_bytes;
    };
    const std::map<std::string, Group>& groups() const { return groups_; }
    const std::vector<UnreadTenant>& unreadable() const { return unreadable_; }
    // Per tenant, the bytes its relations take (the sum of the snapshot's sizes).
    const std::map<TenantRef, long long>& tenant_bytes() const { return tenant_bytes_; }

private:
    std::map<std::string, Group> groups_;
    std::map<TenantRef, long long> tenant_bytes_;
    std::vector<UnreadTenant> unreadable_;
};

// One saved plan per fingerprint group, from its catalog to the desired state.
FleetPlan build_fleet_plan(const FleetCatalogs& catalogs, DesiredFingerprints& desired);

}  // namespace pgfleet
