#pragma once
// fleet apply: canary tenants first, then the rest in parallel within the budget, every
// tenant's state journaled so a rerun resumes where the last one stopped.
#include <vector>

#include "fleet/fleet_plan.h"
#include "fleet/fleet_run.h"
#include "fleet/journal.h"
#include "fleet/tenant_outcome.h"

namespace pgfleet {

struct FleetApplyOptions {
    bool keep_going = false;  // continue after a failed tenant (canary failures always stop)
    bool restart = false;     // ignore what the journal says was finished
};

struct ApplyReport {
    std::vector<TenantOutcome> tenants;  // sorted by tenant
    std::vector<ClusterStatus> clusters;
    std::vector<int> peak_sessions;  // per cluster, same order
    bool stopped_early = false;
    double seconds = 0;
};

// Applies the plan to `tenants` (a selection of the plan's tenants and unreadable ones).
// Never throws for a tenant's failure; throws only when the journal cannot be read.
ApplyReport apply_fleet(FleetRun& run, const FleetPlan& plan, const std::vector<TenantRef>& tenants, Journal& journal,
                        const FleetApplyOptions& options);

// The plan's tenants (grouped and unreadable), sorted.
std::vector<TenantRef> plan_tenants(const FleetPlan& plan);

}  // namespace pgfleet
