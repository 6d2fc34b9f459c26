#pragma once
// A run: the tenants of a fleet plan that one fleet apply works on, in waves. Every worker of
// a run computes the same layout from the same plan, selection and configuration; the
// digests let them check that.
#include <string>
#include <vector>

#include "fleet/config.h"
#include "fleet/fleet_plan.h"
#include "fleet/waves.h"

namespace pgfleet {

struct RunTenant {
    TenantRef tenant;
    const PlanGroup* group = nullptr;  // nullptr: its catalog could not be read when planning
    std::string unplanned;             // why it has no group
    long long bytes = -1;              // tables and indexes when planned; -1 unknown
    size_t wave = kNoWave;  // unplanned tenants belong to none
    static constexpr size_t kNoWave = static_cast<size_t>(-1);
    std::string target() const { return group ? group->plan.header.target_fingerprint : ""; }
};

struct RunLayout {
    std::vector<RunTenant> tenants;  // sorted by tenant
    std::vector<Wave> waves;
    std::string plan_digest;    // SHA-256 of the plan's JSON
    std::string layout_digest;  // tenants, their targets and waves
};

// `tenants`: the plan's tenants to work on, sorted. The plan must outlive the layout.
RunLayout make_run_layout(const FleetPlan& plan, const std::vector<TenantRef>& tenants, const FleetConfig& config);

// The run id workers derive without talking to each other: "plan-" and 16 hex digits of the
// plan's digest. The same plan file gives the same run.
std::string derived_run_id(const RunLayout& layout);

}  // namespace pgfleet
