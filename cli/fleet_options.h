#pragma once
// Options every fleet command shares (--config, --tenants, --shard) and the objects a
// command works with once they are read.
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "fleet/fleet_run.h"
#include "fleet/inventory.h"
#include "fleet/journal.h"

namespace pgfleet {

struct FleetOptions {
    std::string config_path;
    std::string tenants_glob;
    std::string shard;                      // "I/N", 1-based
    std::string shard_index, shard_count;   // 0-based index (defaults from the environment)
    std::string schema;  // overrides the configuration's schema directory
    bool quiet = false;
};

// Adds --config (required), --schema, --tenants, --shard, --shard-index, --shard-count and
// --quiet to a subcommand.
void add_fleet_options(CLI::App* cmd, FleetOptions& options);

// The configuration, connections, fingerprint cache and selection of one command run.
// Nothing connects until a command asks for a session.
class FleetContext {
public:
    explicit FleetContext(const FleetOptions& options);
    ~FleetContext();

    const FleetConfig& config() const { return config_; }
    FleetRun& run() { return *run_; }
    const TenantSelection& selection() const { return selection_; }
    // Where the shard came from ("--shard 2/4", "JOB_COMPLETION_INDEX=1 of PGFLEET_SHARD_COUNT=4"; "" none).
    const std::string& shard_source() const { return shard_source_; }
    // Discovered tenants (connecting for a pattern or a query), with --tenants and --shard applied.
    std::vector<TenantRef> selected_tenants();
    // Saves what was learned about tenant fingerprints (a warning when it cannot).
    void save_cache();
    // The configured journal (a file, or a table on the control database).
    std::unique_ptr<Journal> open_journal();
    // Its entries, oldest first; none when the journal file does not exist yet (nothing is created).
    std::vector<JournalEntry> journal_entries();

private:
    FleetConfig config_;
    TenantSelection selection_;
    std::string shard_source_;
    std::unique_ptr<FleetConnections> connections_;
    std::unique_ptr<FingerprintCache> cache_;
    std::unique_ptr<FleetRun> run_;
};

}  // namespace pgfleet
