#include "fleet/fleet_plan_render.h"

#include "catalog/fingerprint.h"
#include "planner/render.h"

namespace pgfleet {
namespace {

std::string plural(size_t n, const std::string& word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

std::string group_state(const PlanGroup& g) {
    if (g.at_target()) return "already at the target";
    return plural(g.plan.plan.statements.size(), "statement");
}

std::string tenant_list(const PlanGroup& g, size_t limit) {
    std::string out;
    for (size_t i = 0; i < g.tenants.size() && i < limit; ++i) out += (i ? ", " : "") + g.tenants[i].key();
    if (g.tenants.size() > limit) out += ", ... (" + std::to_string(g.tenants.size() - limit) + " more)";
    return out;
}

}  // namespace

std::string fleet_plan_summary(const FleetPlan& plan) {
    std::string out = plural(plan.tenant_count(), "tenant") + " in " + plural(plan.groups.size(), "group") + ":";
    for (size_t i = 0; i < plan.groups.size(); ++i) {
        const PlanGroup& g = plan.groups[i];
        out += (i ? ", " : " ") + std::to_string(g.tenants.size()) + (i ? " at " : " at fingerprint ") +
               short_fingerprint(g.plan.header.source_fingerprint) + " (" + group_state(g) + ")";
    }
    if (!plan.unreadable.empty()) out += "; " + plural(plan.unreadable.size(), "tenant") + " could not be read";
    return out + "\n";
}

std::string render_fleet_plan_text(const FleetPlan& plan) {
    std::string out = fleet_plan_summary(plan);
    for (const auto& g : plan.groups) {
        out += "\n== fingerprint " + short_fingerprint(g.plan.header.source_fingerprint) + " -> " +
               short_fingerprint(g.plan.header.target_fingerprint) + ": " + plural(g.tenants.size(), "tenant") + " (" +
               group_state(g) + ")\n   " + tenant_list(g, 10) + "\n";
        if (!g.at_target()) out += "\n" + render_text(g.plan.plan);
    }
    for (const auto& u : plan.unreadable) out += "\ncould not read " + u.tenant.key() + ": " + u.error + "\n";
    return out;
}

}  // namespace pgfleet
