#include "fleet/plan_coverage.h"

#include <algorithm>

namespace pgfleet {

PlanCoverage plan_coverage(const std::vector<TenantRef>& planned, const std::vector<TenantRef>& found,
                           const FleetConfig& config) {
    std::vector<TenantRef> p = planned, f = found;
    std::sort(p.begin(), p.end());
    std::sort(f.begin(), f.end());
    PlanCoverage c;
    std::set_difference(f.begin(), f.end(), p.begin(), p.end(), std::back_inserter(c.unplanned));
    std::vector<TenantRef> missing;
    std::set_difference(p.begin(), p.end(), f.begin(), f.end(), std::back_inserter(missing));
    for (auto& t : missing)
        if (config.find_cluster(t.cluster)) c.gone.push_back(std::move(t));
    return c;
}

std::string tenant_list_text(const std::vector<TenantRef>& tenants, size_t shown) {
    std::string out;
    for (size_t i = 0; i < tenants.size() && i < shown; ++i) out += (i ? ", " : "") + tenants[i].key();
    if (tenants.size() > shown) out += " and " + std::to_string(tenants.size() - shown) + " more";
    return out;
}

}  // namespace pgfleet
