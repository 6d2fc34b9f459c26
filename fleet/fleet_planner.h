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
// the first tenant by name read in full, so the plan does not depend on reading order).
class FleetCatalogs {
public:
    void add(const TenantRef& tenant, Snapshot snapshot, const std::string& fingerprint);
    // A tenant whose fingerprint is known without reading its catalog (its catalog marker
    // has not moved since a full read): only its relation sizes were read.
    void add_known(const TenantRef& tenant, const std::string& fingerprint,
                   const std::map<QualifiedName, long long>& relation_bytes, const std::string& role);
    void add_unreadable(const TenantRef& tenant, const std::string& error);
    // Fingerprints whose every tenant was known by its marker: each needs one read in full.
    std::vector<std::string> groups_without_catalog() const;
    // The catalog of a group without one, read from one of its tenants.
    void set_catalog(const std::string& fingerprint, const TenantRef& tenant, Snapshot snapshot);
    // Takes the group's tenants out (its known fingerprint turned out wrong), sorted.
    std::vector<TenantRef> remove_group(const std::string& fingerprint);

    struct Group {
        std::vector<TenantRef> tenants;
        TenantRef first;     // the tenant the catalog was read from
        Snapshot snapshot;
        bool has_catalog = false;
        // Per relation, the largest size any tenant of the group reported; a relation some
        // tenant has no size for is left out (unknown, so the plan goes online for it).
        std::map<QualifiedName, long long> largest_bytes;
    };
    const std::map<std::string, Group>& groups() const { return groups_; }
    const std::vector<UnreadTenant>& unreadable() const { return unreadable_; }
    // Per tenant, the bytes its relations take (the sum of the snapshot's sizes).
    const std::map<TenantRef, long long>& tenant_bytes() const { return tenant_bytes_; }

    // Tenants known by their marker (the rest were read in full).
    size_t known_count() const { return known_; }
    // The role a tenant was read as.
    const std::string& role_of(const TenantRef& tenant) const { return tenant_role_.at(tenant); }

private:
    // Counts the tenant in the group and its sizes into the group's largest ones.
    Group& join(const TenantRef& tenant, const std::string& fingerprint,
                const std::map<QualifiedName, long long>& relation_bytes);

    std::map<std::string, Group> groups_;
    size_t known_ = 0;
    std::map<TenantRef, long long> tenant_bytes_;
    std::map<TenantRef, std::string> tenant_role_;
    std::vector<UnreadTenant> unreadable_;
};

// One saved plan per fingerprint group, from its catalog to the desired state; per role the
// group was read as, where the desired state means that role (CURRENT_USER, default owners).
FleetPlan build_fleet_plan(const FleetCatalogs& catalogs, DesiredFingerprints& desired);

}  // namespace pgfleet
