#include "fleet/fleet_apply.h"

#include <algorithm>

#include "fleet/local_coordinator.h"
#include "fleet/run_layout.h"
#include "fleet/wave_runner.h"

namespace pgfleet {

std::vector<TenantRef> plan_tenants(const FleetPlan& plan) {
    std::vector<TenantRef> out;
    for (const auto& g : plan.groups) out.insert(out.end(), g.tenants.begin(), g.tenants.end());
    for (const auto& u : plan.unreadable) out.push_back(u.tenant);
    std::sort(out.begin(), out.end());
    return out;
}

ApplyReport apply_fleet(FleetRun& run, const FleetPlan& plan, const std::vector<TenantRef>& tenants, Journal& journal,
                        const FleetApplyOptions& options) {
    RunLayout layout = make_run_layout(plan, tenants, run.config);
    auto coordinator = make_local_coordinator(layout, journal, options.restart);
    return run_waves(run, layout, *coordinator, options);
}

}  // namespace pgfleet
