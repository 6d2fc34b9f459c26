#pragma once
// fleet apply --prove: the plan of every fingerprint group proven once (fleet/plan_proof.h),
// on a local copy of one of its tenants, before any tenant is touched. The tenant is read on
// a session that is closed again before the proof starts, so no session waits on it.
#include <string>
#include <vector>

#include "fleet/fleet_plan.h"
#include "fleet/fleet_run.h"

namespace pgfleet {

struct GroupProofs {
    bool all_proven = true;
    std::string text;  // a paragraph per group, for stderr
};

// The groups with changes that hold a tenant of `selected`. A group none of whose selected
// tenants is still at its source fingerprint is not proven (apply refuses those tenants).
GroupProofs prove_groups(FleetRun& run, const FleetPlan& plan, const std::vector<TenantRef>& selected);

}  // namespace pgfleet
