#pragma once
// The apply journal: every tenant's state, written before and after its work, so an
// interrupted fleet apply resumes without touching the tenants it finished.
#include <memory>
#include <string>
#include <vector>

#include "fleet/connections.h"
#include "fleet/tenant.h"
#include "fleet/tenant_outcome.h"

namespace pgfleet {

enum class TenantState { Started, Applied, AtTarget, Failed, Refused };

const char* state_name(TenantState state);
// Throws std::runtime_error for an unknown name.
TenantState state_from(const std::string& name);

// What the journal records for an apply's outcome.
inline TenantState journal_state(ApplyStatus s) {
    switch (s) {
        case ApplyStatus::Applied: return TenantState::Applied;
        case ApplyStatus::AtTarget: return TenantState::AtTarget;
        case ApplyStatus::Refused: return TenantState::Refused;
        default: return TenantState::Failed;
    }
}

struct JournalEntry {
    TenantRef tenant;
    std::string target;  // the target fingerprint the work was for
    TenantState state = TenantState::Started;
    std::string detail;
    std::string at;  // UTC, ISO 8601; filled in by record()
    // Written when known (fleet apply): the run and worker, the tenant's wave, how long the
    // tenant took and how many statements ran.
    std::string run, worker;
    int wave = -1;
    double seconds = -1;
    long long statements = -1;
};

class Journal {
public:
    virtual ~Journal() = default;
    // Durable when it returns. Thread-safe.
    virtual void record(JournalEntry entry) = 0;
    // Every entry, oldest first.
    virtual std::vector<JournalEntry> load() = 0;
};

// JSON lines appended to a local file (flushed and synced per entry).
std::unique_ptr<Journal> open_file_journal(const std::string& path);

// A table on the control database (created when missing, under a lock so that workers
// starting together do not collide); one short session per entry.
std::unique_ptr<Journal> open_table_journal(FleetConnections& connections, const std::string& table);

// True when the tenant's last entry for `target` says applied or already at the target.
bool journal_finished(const std::vector<JournalEntry>& entries, const TenantRef& tenant, const std::string& target);

// The current time as UTC ISO 8601.
std::string utc_now();

}  // namespace pgfleet
