#include "fleet/run_layout.h"

#include "catalog/hash.h"

namespace pgfleet {

RunLayout make_run_layout(const FleetPlan& plan, const std::vector<TenantRef>& tenants, const FleetConfig& config) {
    RunLayout layout;
    std::vector<long long> bytes;
    for (const auto& t : tenants) {
        RunTenant rt{t, plan.group_of(t)};
        if (!rt.group) {
            rt.unplanned = "not planned: its catalog could not be read when planning";
            for (const auto& u : plan.unreadable)
                if (u.tenant == t) rt.unplanned += " (" + u.error + ")";
        }
        if (auto size = plan.tenant_bytes.find(t); size != plan.tenant_bytes.end()) rt.bytes = size->second;
        bytes.push_back(rt.bytes);
        layout.tenants.push_back(std::move(rt));
    }
    layout.waves = assign_waves(tenants, bytes, config);
    // A tenant the plan could not read is reported failed, outside every wave: it gates nothing.
    for (auto& wave : layout.waves)
        std::erase_if(wave.members, [&](size_t i) { return layout.tenants[i].group == nullptr; });
    std::string text;
    for (size_t w = 0; w < layout.waves.size(); ++w) {
        const Wave& wave = layout.waves[w];
        text += "wave\t" + wave.name + "\t" + std::to_string(wave.allowed_failures) + "\t" +
                (wave.one_at_a_time ? "1" : "0") + "\n";
        for (size_t i : wave.members) {
            layout.tenants[i].wave = w;
            text += layout.tenants[i].tenant.key() + "\t" + layout.tenants[i].target() + "\n";
        }
    }
    layout.plan_digest = sha256_hex(fleet_plan_to_json(plan).dump());
    layout.layout_digest = sha256_hex(layout.plan_digest + "\n" + text);
    return layout;
}

std::string derived_run_id(const RunLayout& layout) { return "plan-" + layout.plan_digest.substr(0, 16); }

}  // namespace pgfleet
