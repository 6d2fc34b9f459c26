#pragma once
// fleet drift: which tenants no longer match the desired schema, grouped by fingerprint.
// Per tenant one cheap counter query; only tenants not known to match are read in full,
// and each fingerprint's differences are worked out once, however many tenants share it.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "fleet/drift_difference.h"
#include "fleet/fleet_run.h"
#include "fleet/journal.h"
#include "fleet/tenant_read.h"

namespace pgfleet {

enum class DriftStatus { Matches, Drifted, Error };

const char* drift_status_name(DriftStatus status);

// Why a tenant differs: `Behind` is at a fingerprint pgfleet planned earlier (a target in
// the journal or a given plan file: not yet rolled out), `Diverged` at one nobody planned
// (changed by hand).
enum class DriftKind { None, Behind, Diverged };

const char* drift_kind_name(DriftKind kind);

struct TenantDrift {
    TenantRef tenant;
    DriftStatus status = DriftStatus::Error;
    DriftKind kind = DriftKind::None;
    std::string fingerprint;
    int server_version_major = 0;
    // The role it was checked as, when the desired state names CURRENT_USER (else empty).
    std::string role;
    std::string error;
    bool read_in_full = false;  // false: the counters showed a known matching fingerprint
    // The tenant's last journal entry (any target), when the journal has one.
    std::optional<JournalEntry> last_apply;
};

// Tenants that share a fingerprint, and (once for all of them) what it takes to match.
struct DriftGroup {
    std::string fingerprint;
    DriftStatus status = DriftStatus::Matches;  // Matches or Drifted
    DriftKind kind = DriftKind::None;
    std::vector<TenantRef> tenants;         // sorted
    std::vector<Difference> differences;  // most severe first
    DriftSeverity severity() const;       // the most severe difference (Other when none)
};

struct DriftReport {
    std::map<int, std::string> desired_fingerprints;  // per server major version seen
    std::vector<TenantDrift> tenants;                 // sorted by tenant
    std::vector<DriftGroup> groups;  // drifted ones first (most severe, then most tenants), then matching
    std::vector<ClusterStatus> clusters;
    std::vector<int> peak_sessions;
    double seconds = 0;
    std::string checked_at;  // UTC, ISO 8601 (not in the JSON, which stays stable)
    bool full = false;  // every tenant was read in full (--full)

    size_t count(DriftStatus status) const;
    size_t count(DriftKind kind) const;
};

struct DriftOptions {
    // Read every tenant in full: no counter or marker shortcut.
    bool full = false;
    // Fingerprints pgfleet planned earlier (journal targets, plan files).
    std::set<std::string> planned;
    // Each tenant's last journal entry.
    std::map<TenantRef, JournalEntry> last_apply;
    // The rules that decide which differences weaken tenant isolation.
    lint::LintConfig lint;
};

// Never throws for a tenant's failure: it is an Error entry.
DriftReport check_fleet_drift(FleetRun& run, const std::vector<TenantRef>& tenants, DesiredFingerprints& desired,
                              const DriftOptions& options = {});

// Every fingerprint the journal names as a target, and each tenant's last entry.
void learn_from_journal(const std::vector<JournalEntry>& entries, DriftOptions& options);

// A summary, the fingerprints with their tenant counts and state, each drifted group with
// its tenants and differences (most severe first), and the tenants that could not be checked.
std::string render_drift_text(const DriftReport& report);

// {"format": "pgfleet-drift", "format_version": 2, ...}: stable, no timings, for alerting
// (docs/schemas/drift.schema.json).
nlohmann::json drift_report_to_json(const DriftReport& report);

}  // namespace pgfleet
