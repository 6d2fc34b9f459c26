#pragma once
// fleet drift: which tenants no longer match the desired schema. Per tenant one cheap
// marker query; only tenants not known to match (marker unseen or changed since the last
// full read, or known to differ) are read in full and diffed.
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "fleet/fleet_run.h"
#include "fleet/tenant_read.h"

namespace pgfleet {

enum class DriftStatus { Matches, Drifted, Error };

const char* drift_status_name(DriftStatus status);

struct TenantDrift {
    TenantRef tenant;
    DriftStatus status = DriftStatus::Error;
    std::string fingerprint;
    int server_version_major = 0;
    // What it takes to reach the desired schema, one line per change (describe_change).
    std::vector<std::string> differences;
    std::string error;
    bool read_in_full = false;  // false: the marker showed a known matching fingerprint
};

struct DriftReport {
    std::map<int, std::string> desired_fingerprints;  // per server major version seen
    std::vector<TenantDrift> tenants;                 // sorted by tenant
    std::vector<ClusterStatus> clusters;
    std::vector<int> peak_sessions;
    double seconds = 0;

    size_t count(DriftStatus status) const;
};

// Never throws for a tenant's failure: it is an Error entry.
DriftReport check_fleet_drift(FleetRun& run, const std::vector<TenantRef>& tenants, DesiredFingerprints& desired);

// A summary, the fingerprints with their tenant counts, each drifted tenant with its
// differences, and the tenants that could not be checked.
std::string render_drift_text(const DriftReport& report);

// {"format": "pgfleet-drift", "format_version": 1, ...}: stable, no timings, for alerting.
nlohmann::json drift_report_to_json(const DriftReport& report);

}  // namespace pgfleet
