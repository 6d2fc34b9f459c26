#pragma once
// A fleet plan: tenants grouped by the fingerprint they were read at, one saved plan per
// group. The JSON form ({"format": "pgfleet-fleet-plan", "format_version": 1}) is stable
// and byte-identical for the same fleet (groups and tenants sorted, no timestamps).
#include <optional>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "fleet/tenant.h"
#include "lint/finding.h"
#include "planner/plan_file.h"

namespace pgfleet {

// Tenants that share a source fingerprint, and the plan that takes them to the target.
struct PlanGroup {
    std::vector<TenantRef> tenants;  // sorted
    SavedPlan plan;                  // header.source_fingerprint is the group's fingerprint
    bool at_target() const { return plan.header.source_fingerprint == plan.header.target_fingerprint; }
};

// A tenant whose catalog could not be read (a value, not a failure of the whole plan).
struct UnreadTenant {
    TenantRef tenant;
    std::string error;
};

struct FleetPlan {
    std::vector<PlanGroup> groups;  // most tenants first, then by source fingerprint
    std::vector<UnreadTenant> unreadable;
    // The desired state's tenant-isolation findings at planning time ("isolation" in JSON,
    // the `check --format json` document); none when not recorded.
    std::optional<std::vector<lint::Finding>> isolation;
    // Bytes the tenant's tables and indexes took when it was read (waves by size); absent: unknown.
    std::map<TenantRef, long long> tenant_bytes;

    // The group holding the tenant, or nullptr.
    const PlanGroup* group_of(const TenantRef& tenant) const;
    size_t tenant_count() const;
    bool has_changes() const;
};

nlohmann::json fleet_plan_to_json(const FleetPlan& plan);
// Throws std::runtime_error naming what is wrong.
FleetPlan fleet_plan_from_json(const nlohmann::json& j);

void write_fleet_plan(const FleetPlan& plan, const std::string& path);
FleetPlan read_fleet_plan(const std::string& path);

// Sorts groups (most tenants first, then source fingerprint), their tenants and the
// unreadable list, so output never depends on the order tenants were read in.
void sort_fleet_plan(FleetPlan& plan);

}  // namespace pgfleet
