#pragma once
// Whether a saved fleet plan still covers the fleet: tenants onboarded after `fleet plan -o`
// are not in it, and tenants dropped since are in it but gone.
#include <string>
#include <vector>

#include "fleet/config.h"
#include "fleet/tenant.h"

namespace pgfleet {

struct PlanCoverage {
    std::vector<TenantRef> unplanned;  // found now, not in the plan
    std::vector<TenantRef> gone;       // in the plan, on a cluster of this configuration, not found now
};

// Both lists sorted. Tenants of clusters the configuration does not list are not compared:
// a worker may see only its own clusters.
PlanCoverage plan_coverage(const std::vector<TenantRef>& planned, const std::vector<TenantRef>& found,
                           const FleetConfig& config);

// "N tenants are not in the plan (onboarded after it was made?): a, b, c, ... and K more".
std::string tenant_list_text(const std::vector<TenantRef>& tenants, size_t shown = 10);

}  // namespace pgfleet
