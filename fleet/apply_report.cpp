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

std::string counts_text(const std::map<std::string, size_t>& counts) {
    std::string out;
    for (const auto& [status, n] : counts) out += (out.empty() ? "" : ", ") + std::to_string(n) + " " + status;
    return out.empty() ? "no tenants" : out;
}

std::string waves_text(const ApplyReport& r) {
    if (r.waves.size() < 2) return "";
    std::string out;
    for (const auto& w : r.waves) {
        out += "wave " + w.name + ": " + std::to_string(w.tenants) + " tenant" + (w.tenants == 1 ? "" : "s");
        if (w.tenants > 0) out += ": " + counts_text(w.statuses);
        if (w.p50_seconds >= 0) out += "; applied in p50 " + seconds_text(w.p50_seconds) + ", p95 " + seconds_text(w.p95_seconds);
        out += "\n";
    }
    return out;
}

std::string stop_text(const ApplyReport& r) {
    std::string out;
    if (r.stopped_early) {
        out += "stopped: " + r.stop_reason + "\n";
        out += r.coordinated ? "the run stays stopped; to try again start a new run (--run ID): tenants it finished are skipped\n"
                             : "rerun to continue (finished tenants are skipped)\n";
    }
    if (!r.worker_error.empty()) out += "this worker stopped working on the run: " + r.worker_error + "\n";
    return out;
}

}  // namespace

std::map<std::string, size_t> count_statuses(const std::vector<TenantOutcome>& tenants) {
    std::map<std::string, size_t> counts;
    for (const auto& t : tenants) ++counts[status_name(t.status)];
    return counts;
}

std::string render_apply_report_text(const ApplyReport& r) {
    std::string out = "fleet apply" + (r.run_id.empty() ? "" : " (run " + r.run_id + ")") + ": " +
                      std::to_string(r.tenants.size()) + " tenants: " + counts_text(count_statuses(r.tenants)) + " (" +
                      seconds_text(r.seconds) + ")\n";
    out += stop_text(r);
    out += waves_text(r);
    out += clusters_text(r);
    for (const auto& t : r.tenants) {
        out += "  " + t.tenant.key() + "  " + status_name(t.status);
        if (t.status == ApplyStatus::Applied) out += "  " + std::to_string(t.statements) + " statements";
        if (t.seconds > 0) out += "  " + seconds_text(t.seconds);
        if (!t.worker.empty()) out += "  by " + t.worker;
        if (!t.detail.empty()) out += "  " + t.detail;
        out += "\n";
    }
    return out;
}

// Per step that ran: its number, status, statements and time.
static nlohmann::json steps_json(const std::vector<StepRun>& steps) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& s : steps)
        if (s.status != StepRun::Status::NotRun)
            out.push_back({{"step", s.number},
                           {"status", step_status_name(s.status)},
                           {"statements", s.statements},
                           {"seconds", s.seconds},
                           {"retries", s.retries}});
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
                           {"steps", steps_json(t.steps)},
                           {"worker", t.worker},
                           {"detail", t.detail}});
    nlohmann::json waves = nlohmann::json::array();
    for (const auto& w : r.waves) {
        nlohmann::json wave = {{"name", w.name}, {"tenants", w.tenants}, {"allowed_failures", w.allowed_failures},
                               {"summary", w.statuses}};
        wave["p50_seconds"] = w.p50_seconds >= 0 ? nlohmann::json(w.p50_seconds) : nlohmann::json();
        wave["p95_seconds"] = w.p95_seconds >= 0 ? nlohmann::json(w.p95_seconds) : nlohmann::json();
        waves.push_back(std::move(wave));
    }
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
            {"run", r.run_id},
            {"stopped_early", r.stopped_early},
            {"seconds", r.seconds},
            {"stop_reason", r.stop_reason},
            {"worker_error", r.worker_error},
            {"summary", summary},
            {"waves", waves},
            {"clusters", clusters},
            {"tenants", tenants}};
}

}  // namespace pgfleet
