// fleet drift output: text for people, JSON for alerting.
#include <cstdio>

#include "catalog/fingerprint.h"
#include "fleet/drift.h"

namespace pgfleet {
namespace {

std::string plural(size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

std::string group_state(const DriftGroup& g) {
    if (g.status == DriftStatus::Matches) return "desired";
    if (g.kind == DriftKind::Behind) return "behind: at an earlier planned fingerprint, not yet rolled out";
    return "diverged: changed outside pgfleet";
}

std::string tenant_names(const DriftGroup& g, size_t limit) {
    std::string out;
    for (size_t i = 0; i < g.tenants.size() && i < limit; ++i) out += (i ? ", " : "") + g.tenants[i].key();
    if (g.tenants.size() > limit) out += ", ... and " + std::to_string(g.tenants.size() - limit) + " more";
    return out;
}

const char* severity_tag(DriftSeverity s) {
    switch (s) {
        case DriftSeverity::IsolationWeakened: return "[isolation] ";
        case DriftSeverity::MissingConstraintOrIndex: return "[missing]   ";
        case DriftSeverity::Other: return "[other]     ";
    }
    return "";
}

std::string summary(const DriftReport& r) {
    size_t full = 0;
    for (const auto& t : r.tenants) full += t.read_in_full;
    char timing[96];
    std::snprintf(timing, sizeof timing, "%.2f s; %zu read in full%s", r.seconds, full, r.full ? " (--full)" : "");
    std::string out = "fleet drift: " + plural(r.tenants.size(), "tenant") + ": " +
                      std::to_string(r.count(DriftStatus::Matches)) + " match the desired schema, " +
                      std::to_string(r.count(DriftStatus::Drifted)) + " drifted";
    if (r.count(DriftStatus::Drifted))
        out += " (" + std::to_string(r.count(DriftKind::Behind)) + " behind, " +
               std::to_string(r.count(DriftKind::Diverged)) + " diverged)";
    if (r.count(DriftStatus::Error)) out += ", " + std::to_string(r.count(DriftStatus::Error)) + " could not be checked";
    return out + " (" + timing + ")\n";
}

std::string clusters(const DriftReport& r) {
    std::string out;
    for (size_t i = 0; i < r.clusters.size(); ++i) {
        const auto& c = r.clusters[i];
        out += "cluster " + c.name + ": budget " + std::to_string(c.budget) + ", peak " +
               std::to_string(r.peak_sessions[i]) + " sessions";
        if (c.attempts > 1) {
            char wait[32];
            std::snprintf(wait, sizeof wait, "%.1f", c.wake_seconds);
            out += ", waited " + std::string(wait) + " s for the server to wake";
        }
        out += "\n";
    }
    return out;
}

nlohmann::json tenant_ref_json(const TenantRef& t) { return {{"cluster", t.cluster}, {"database", t.database}}; }

nlohmann::json last_apply_json(const TenantDrift& t) {
    if (!t.last_apply) return nullptr;
    const JournalEntry& e = *t.last_apply;
    return {{"state", state_name(e.state)}, {"target", e.target}, {"at", e.at}, {"detail", e.detail}};
}

}  // namespace

std::string render_drift_text(const DriftReport& r) {
    std::string out = summary(r) + clusters(r) + "fingerprints:\n";
    for (const auto& g : r.groups)
        out += "  " + short_fingerprint(g.fingerprint) + "  " + plural(g.tenants.size(), "tenant") + "  " +
               group_state(g) + "\n";
    for (const auto& g : r.groups) {
        if (g.status != DriftStatus::Drifted) continue;
        out += std::string("\n") + drift_kind_name(g.kind) + ": " + plural(g.tenants.size(), "tenant") + " at " +
               short_fingerprint(g.fingerprint) + ": " + tenant_names(g, 10) + "\n  to match:\n";
        for (const auto& d : g.differences) out += std::string("    ") + severity_tag(d.severity) + d.change + "\n";
    }
    if (r.count(DriftStatus::Error)) out += "\ncould not be checked:\n";
    for (const auto& t : r.tenants)
        if (t.status == DriftStatus::Error) out += "  " + t.tenant.key() + ": " + t.error + "\n";
    return out;
}

nlohmann::json drift_report_to_json(const DriftReport& r) {
    nlohmann::json desired = nlohmann::json::object();
    for (const auto& [major, fp] : r.desired_fingerprints) desired[std::to_string(major)] = fp;
    nlohmann::json groups = nlohmann::json::array();
    for (const auto& g : r.groups) {
        nlohmann::json tenants = nlohmann::json::array(), differences = nlohmann::json::array();
        for (const auto& t : g.tenants) tenants.push_back(tenant_ref_json(t));
        for (const auto& d : g.differences) differences.push_back(difference_to_json(d));
        nlohmann::json j = {{"fingerprint", g.fingerprint},
                            {"status", drift_status_name(g.status)},
                            {"tenant_count", g.tenants.size()},
                            {"tenants", tenants},
                            {"differences", differences}};
        if (g.status == DriftStatus::Drifted) {
            j["drift"] = drift_kind_name(g.kind);
            j["severity"] = drift_severity_name(g.severity());
        }
        groups.push_back(j);
    }
    nlohmann::json tenants = nlohmann::json::array();
    for (const auto& t : r.tenants) {
        nlohmann::json j = tenant_ref_json(t.tenant);
        j["status"] = drift_status_name(t.status);
        j["fingerprint"] = t.fingerprint;
        if (t.status == DriftStatus::Drifted) j["drift"] = drift_kind_name(t.kind);
        if (t.status == DriftStatus::Error) j["error"] = t.error;
        j["last_apply"] = last_apply_json(t);
        tenants.push_back(j);
    }
    return {{"format", "pgfleet-drift"},
            {"format_version", 2},
            {"desired_fingerprints", desired},
            {"summary",
             {{"tenants", r.tenants.size()},
              {"matching", r.count(DriftStatus::Matches)},
              {"drifted", r.count(DriftStatus::Drifted)},
              {"behind", r.count(DriftKind::Behind)},
              {"diverged", r.count(DriftKind::Diverged)},
              {"errors", r.count(DriftStatus::Error)}}},
            {"groups", groups},
            {"tenants", tenants}};
}

}  // namespace pgfleet
