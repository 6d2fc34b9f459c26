#include "fleet/fleet_plan.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "lint/finding_json.h"

namespace pgfleet {
namespace {

constexpr const char* kFormat = "pgfleet-fleet-plan";
constexpr int kFormatVersion = 1;

nlohmann::json tenant_json(const TenantRef& t) { return {{"cluster", t.cluster}, {"database", t.database}}; }

TenantRef tenant_from(const nlohmann::json& j) {
    return {j.at("cluster").get<std::string>(), j.at("database").get<std::string>()};
}

}  // namespace

const PlanGroup* FleetPlan::group_of(const TenantRef& tenant) const {
    for (const auto& g : groups)
        if (std::binary_search(g.tenants.begin(), g.tenants.end(), tenant)) return &g;
    return nullptr;
}

size_t FleetPlan::tenant_count() const {
    size_t n = unreadable.size();
    for (const auto& g : groups) n += g.tenants.size();
    return n;
}

bool FleetPlan::has_changes() const {
    for (const auto& g : groups)
        if (!g.plan.plan.empty()) return true;
    return false;
}

void sort_fleet_plan(FleetPlan& plan) {
    for (auto& g : plan.groups) std::sort(g.tenants.begin(), g.tenants.end());
    std::sort(plan.groups.begin(), plan.groups.end(), [](const PlanGroup& a, const PlanGroup& b) {
        if (a.tenants.size() != b.tenants.size()) return a.tenants.size() > b.tenants.size();
        if (a.plan.header.source_fingerprint != b.plan.header.source_fingerprint)
            return a.plan.header.source_fingerprint < b.plan.header.source_fingerprint;
        // One catalog read as two roles: two groups (fleet_planner.cpp).
        return a.tenants < b.tenants;
    });
    std::sort(plan.unreadable.begin(), plan.unreadable.end(),
              [](const UnreadTenant& a, const UnreadTenant& b) { return a.tenant < b.tenant; });
}

nlohmann::json fleet_plan_to_json(const FleetPlan& plan) {
    nlohmann::json groups = nlohmann::json::array();
    for (const auto& g : plan.groups) {
        nlohmann::json tenants = nlohmann::json::array();
        for (const auto& t : g.tenants) {
            nlohmann::json entry = tenant_json(t);
            if (auto size = plan.tenant_bytes.find(t); size != plan.tenant_bytes.end()) entry["bytes"] = size->second;
            tenants.push_back(std::move(entry));
        }
        groups.push_back({{"source_fingerprint", g.plan.header.source_fingerprint},
                          {"target_fingerprint", g.plan.header.target_fingerprint},
                          {"tenants", tenants},
                          {"plan", saved_plan_to_json(g.plan)}});
    }
    nlohmann::json unreadable = nlohmann::json::array();
    for (const auto& u : plan.unreadable) unreadable.push_back({{"tenant", tenant_json(u.tenant)}, {"error", u.error}});
    nlohmann::json j = {{"format", kFormat},
                        {"format_version", kFormatVersion},
                        {"pgfleet_version", PGFLEET_VERSION},
                        {"groups", groups},
                        {"unreadable", unreadable}};
    if (plan.isolation) j["isolation"] = lint::findings_to_json(*plan.isolation);
    return j;
}

FleetPlan fleet_plan_from_json(const nlohmann::json& j) {
    if (!j.is_object() || j.value("format", "") != kFormat)
        throw std::runtime_error("not a pgfleet fleet plan (missing \"format\": \"pgfleet-fleet-plan\")");
    if (j.value("format_version", 0) != kFormatVersion)
        throw std::runtime_error("unsupported fleet plan format_version " + std::to_string(j.value("format_version", 0)));
    FleetPlan plan;
    for (const auto& g : j.at("groups")) {
        PlanGroup group;
        for (const auto& t : g.at("tenants")) {
            group.tenants.push_back(tenant_from(t));
            if (t.contains("bytes")) plan.tenant_bytes[group.tenants.back()] = t.at("bytes").get<long long>();
        }
        group.plan = saved_plan_from_json(g.at("plan"));
        if (group.plan.header.source_fingerprint != g.at("source_fingerprint").get<std::string>())
            throw std::runtime_error("a group's source_fingerprint differs from its plan's");
        plan.groups.push_back(std::move(group));
    }
    for (const auto& u : j.value("unreadable", nlohmann::json::array()))
        plan.unreadable.push_back({tenant_from(u.at("tenant")), u.at("error").get<std::string>()});
    if (j.contains("isolation")) plan.isolation = lint::findings_from_json(j["isolation"]);
    sort_fleet_plan(plan);
    return plan;
}

void write_fleet_plan(const FleetPlan& plan, const std::string& path) {
    std::ofstream out(path);
    out << fleet_plan_to_json(plan).dump(1) << "\n";
    if (!out) throw std::runtime_error(path + ": cannot write the fleet plan");
}

FleetPlan read_fleet_plan(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot read the fleet plan");
    std::stringstream buffer;
    buffer << in.rdbuf();
    try {
        return fleet_plan_from_json(nlohmann::json::parse(buffer.str()));
    } catch (const AlteredPlan& e) {
        throw AlteredPlan(path + ": " + e.what());
    } catch (const std::exception& e) {
        throw std::runtime_error(path + ": " + e.what());
    }
}

}  // namespace pgfleet
