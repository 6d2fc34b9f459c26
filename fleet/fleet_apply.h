#pragma once
// fleet apply: the tenants of a plan in waves (the canaries first, one at a time), each wave
// finished and healthy before the next starts, every tenant's state journaled so a rerun
// resumes where the last one stopped.
#include <map>
#include <string>
#include <vector>

#include "fleet/fleet_plan.h"
#include "fleet/fleet_run.h"
#include "fleet/journal.h"
#include "fleet/tenant_outcome.h"

namespace pgfleet {

struct FleetApplyOptions {
    bool keep_going = false;  // finish a wave despite failures (a failed canary still stops; so does an unhealthy wave)
    bool restart = false;     // ignore what the journal says was finished
};

// Per wave: what happened to its tenants and how long an applied tenant took.
struct WaveSummary {
    std::string name;
    size_t tenants = 0;
    std::map<std::string, size_t> statuses;  // status name -> tenants
    size_t allowed_failures = 0;
    double p50_seconds = -1, p95_seconds = -1;  // over applied tenants; -1 when none
};

struct ApplyReport {
    std::vector<TenantOutcome> tenants;  // sorted by tenant
    std::vector<WaveSummary> waves;
    std::vector<ClusterStatus> clusters;
    std::vector<int> peak_sessions;  // per cluster, same order (this process)
    std::string run_id;              // coordinated runs
    bool coordinated = false;
    bool stopped_early = false;
    std::string stop_reason;
    std::string worker_error;  // this worker gave up (waiting too long, lost the control database)
    double seconds = 0;
};

// Applies the plan to `tenants` (a selection of the plan's tenants and unreadable ones), as
// the only worker of the run. Never throws for a tenant's failure; throws only when the
// journal cannot be read.
ApplyReport apply_fleet(FleetRun& run, const FleetPlan& plan, const std::vector<TenantRef>& tenants, Journal& journal,
                        const FleetApplyOptions& options);

// The plan's tenants (grouped and unreadable), sorted.
std::vector<TenantRef> plan_tenants(const FleetPlan& plan);

}  // namespace pgfleet
