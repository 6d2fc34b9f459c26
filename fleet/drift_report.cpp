// fleet drift output: text for people, JSON for alerting.
#include <cstdio>
#include <map>

#include "catalog/fingerprint.h"
#include "fleet/drift.h"

namespace pgfleet {
namespace {

struct FingerprintCount {
    size_t tenants = 0;
    bool desired = false;
};

// Fingerprints by tenant count (most first), then by value.
std::vector<std::pair<std::string, FingerprintCount>> fingerprint_counts(const DriftReport& r) {
    std::map<std::string, FingerprintCount> counts;
    for (const auto& t : r.tenants) {
        if (t.status == DriftStatus::Error) continue;
        auto& c = counts[t.fingerprint];
        ++c.tenants;
        c.desired = t.status == DriftStatus::Matches;
    }
    std::vector<std::pair<std::string, FingerprintCount>> out(counts.begin(), counts.end());
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second.tenants > b.second.tenants; });
    return out;
}

std::string plural(size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

}  // namespace

std::string render_drift_text(const DriftReport& r) {
    size_t full = 0;
    for (const auto& t : r.tenants) full += t.read_in_full;
    char timing[96];
    std::snprintf(timing, sizeof timing, "%.2f s; %zu read in full", r.seconds, full);
    std::string out = "fleet drift: " + plural(r.tenants.size(), "tenant") + ": " +
                      std::to_string(r.count(DriftStatus::Matches)) + " match the desired schema, " +
                      std::to_string(r.count(DriftStatus::Drifted)) + " drifted";
    if (r.count(DriftStatus::Error)) out += ", " + std::to_string(r.count(DriftStatus::Error)) + " could not be checked";
    out += " (" + std::string(timing) + ")\n";
    for (size_t i = 0; i < r.clusters.size(); ++i) {
        const auto& c = r.clusters[i];
        out += "cluster " + c.name + ": budget " + std::to_string(c.budget) + ", peak " +
               std::to_string(r.peak_sessions[i]) + " sessions";
        if (c.attempts > 1) {
            std::snprintf(timing, sizeof timing, "%.1f", c.wake_seconds);
            out += ", waited " + std::string(timing) + " s for the server to wake";
        }
        out += "\n";
    }
    out += "fingerprints:\n";
    for (const auto& [fp, c] : fingerprint_counts(r))
        out += "  " + short_fingerprint(fp) + "  " + plural(c.tenants, "tenant") + (c.desired ? "  (desired)" : "") + "\n";
    if (r.count(DriftStatus::Drifted)) out += "drifted:\n";
    for (const auto& t : r.tenants) {
        if (t.status != DriftStatus::Drifted) continue;
        out += "  " + t.tenant.key() + " (fingerprint " + short_fingerprint(t.fingerprint) + "), to match:\n";
        for (const auto& d : t.differences) out += "    " + d + "\n";
    }
    if (r.count(DriftStatus::Error)) out += "could not be checked:\n";
    for (const auto& t : r.tenants)
        if (t.status == DriftStatus::Error) out += "  " + t.tenant.key() + ": " + t.error + "\n";
    return out;
}

nlohmann::json drift_report_to_json(const DriftReport& r) {
    nlohmann::json desired = nlohmann::json::object();
    for (const auto& [major, fp] : r.desired_fingerprints) desired[std::to_string(major)] = fp;
    nlohmann::json fingerprints = nlohmann::json::array();
    for (const auto& [fp, c] : fingerprint_counts(r))
        fingerprints.push_back({{"fingerprint", fp}, {"tenants", c.tenants}, {"desired", c.desired}});
    nlohmann::json tenants = nlohmann::json::array();
    for (const auto& t : r.tenants) {
        nlohmann::json j = {{"cluster", t.tenant.cluster},
                            {"database", t.tenant.database},
                            {"status", drift_status_name(t.status)},
                            {"fingerprint", t.fingerprint}};
        if (t.status == DriftStatus::Drifted) j["differences"] = t.differences;
        if (t.status == DriftStatus::Error) j["error"] = t.error;
        tenants.push_back(j);
    }
    return {{"format", "pgfleet-drift"},
            {"format_version", 1},
            {"desired_fingerprints", desired},
            {"summary",
             {{"tenants", r.tenants.size()},
              {"matching", r.count(DriftStatus::Matches)},
              {"drifted", r.count(DriftStatus::Drifted)},
              {"errors", r.count(DriftStatus::Error)}}},
            {"fingerprints", fingerprints},
            {"tenants", tenants}};
}

}  // namespace pgfleet
