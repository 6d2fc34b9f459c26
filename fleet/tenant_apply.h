#pragma once
// Applying a group's saved plan to one tenant.
#include "fleet/fleet_plan.h"
#include "fleet/fleet_run.h"
#include "fleet/tenant_outcome.h"

namespace pgfleet {

// The advisory lock key every pgfleet apply takes on a tenant ("pgfleet1" as a bigint).
constexpr long long kApplyLockKey = 8099555070592775217LL;

// On one session within the budget: the advisory lock, the fingerprint check against the
// plan's source (a tenant at the target is skipped, by its marker when the cache knows it,
// any other fingerprint is refused), the
// plan's statements, and the check that the tenant reached the target. A failure is
// reported with what the tenant was left as (re-read on a fresh session). Never throws.
TenantOutcome apply_to_tenant(FleetRun& run, const TenantRef& tenant, const SavedPlan& plan);

}  // namespace pgfleet
