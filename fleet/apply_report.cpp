#include "fleet/apply_report.h"

#include <cstdio>

namespace pgfleet {
namespace {

std::string seconds_text(double s) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f s", s);
    return buf;
}

std::string clusters_text(const ApplyReport& r) {
    std::string out;
    for (size_t i = 0; i < r.clusters.size(); ++i) {
        const auto& c = r.clusters[i];
        out += "cluster " + c.name + ": budget " + std::to_string(c.budget) + " sessions (max_connections " +
               std::to_string(c.load.max_connections) + ", " + std::to_string(c.load.in_use) + " in use), peak " +
               std::to_string(r.peak_sessions[i]);
        if (c.attempts > 1) out += ", waited " + seconds_text(c.wake_seconds) + " for the server to wake";
        out += "\n";
    }
    return out;
}

}  // namespace

std::map<std::string, size_t> count_statuses(const std::vector<TenantOutcome>& tenants) {
    std::map<std::string, size_t> counts;
    for (const auto& t : tenants) ++counts[status_name(t.status)];
    return counts;
}

std::string render_apply_report_text(const ApplyReport& r) {
    std::string summary;
    for (const auto& [status, n] : count_statuses(r.tenants))
        summary += (summary.empty() ? "" : ", ") + std::to_string(n) + " " + status;
    std::string out = "fleet apply: " + std::to_string(r.tenants.size()) + " tenants: " + summary + " (" +
                      seconds_text(r.seconds) + ")\n";
    if (r.stopped_early) out += "stopped after a failure; rerun to continue (finished tenants are skipped)\n";
    out += clusters_text(r);
    for (const auto& t : r.tenants) {
        out += "  " + t.tenant.key() + "  " + status_name(t.status);
        if (t.status == ApplyStatus::Applied) out += "  " + std::to_string(t.statements) + " statements";
        if (t.seconds > 0) out += "  " + seconds_text(t.seconds);
        if (!t.detail.empty()) out += "  " + t.detail;
        out += "\n";
    }
    return out;
}

nlohmann::json apply_report_to_json(const ApplyReport& r) {
    nlohmann::json tenants = nlohmann::json::array();
    for (const auto& t : r.tenants)
        tenants.push_back({{"cluster", t.tenant.cluster},
                           {"database", t.tenant.database},
                           {"status", status_name(t.status)},
                           {"statements", t.statements},
                           {"seconds", t.seconds},
                           {"detail", t.detail}});
    nlohmann::json clusters = nlohmann::json::array();
    for (size_t i = 0; i < r.clusters.size(); ++i) {
        const auto& c = r.clusters[i];
        clusters.push_back({{"name", c.name},
                            {"budget", c.budget},
                            {"max_connections", c.load.max_connections},
                            {"sessions_in_use", c.load.in_use},
                            {"peak_sessions", r.peak_sessions[i]},
                            {"wake_seconds", c.wake_seconds},
                            {"wake_attempts", c.attempts}});
    }
    nlohmann::json summary = nlohmann::json::object();
    for (const auto& [status, n] : count_statuses(r.tenants)) summary[status] = n;
    return {{"format", "pgfleet-apply-report"},
            {"format_version", 1},
            {"stopped_early", r.stopped_early},
            {"summary", summary},
            {"clusters", clusters},
            {"tenants", tenants}};
}

}  // namespace pgfleet
